// The process-wide database: opened, migrated and bootstrapped on first use, kept on globalThis
// (PGlite allows one process per data directory, and Next.js may load this module more than once).
import "server-only";
import { env } from "../env";
import { bootstrap } from "./bootstrap";
import { type Db, type DbHandle, openDatabase } from "./client";

export type { Db } from "./client";

const globalForDb = globalThis as unknown as { orderdeckDb?: Promise<DbHandle> };

async function start(): Promise<DbHandle> {
  const { DATABASE_URL, DATA_DIR } = env();
  const handle = await openDatabase({ url: DATABASE_URL, dataDir: DATA_DIR });
  await bootstrap(handle.db);
  return handle;
}

export async function getDb(): Promise<Db> {
  globalForDb.orderdeckDb ??= start().catch((error: unknown) => {
    globalForDb.orderdeckDb = undefined;
    throw error;
  });
  return (await globalForDb.orderdeckDb).db;
}

/** For tests: use an already opened database as the process-wide one. */
export function setDbForTests(handle: DbHandle | undefined): void {
  globalForDb.orderdeckDb = handle ? Promise.resolve(handle) : undefined;
}
