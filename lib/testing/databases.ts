// Test databases: a migrated in-memory PGlite, or a fresh database on the PostgreSQL server
// (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test) that is dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { type DbHandle, openDatabase } from "../db/client";

export type TestDbKind = "pglite" | "postgres";

export const TEST_DB_KINDS: readonly TestDbKind[] = ["pglite", "postgres"];

const serverUrl = () => process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A test database; a PostgreSQL one also says its URL (a second process, or pool, may open it too). */
export async function openTestDatabase(kind: TestDbKind): Promise<DbHandle & { url?: string }> {
  if (kind === "pglite") return openDatabase({ dataDir: "memory://" });
  const name = `orderdeck_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    ...handle,
    url: url.toString(),
    async close() {
      await handle.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
