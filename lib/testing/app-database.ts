// A test database standing in for the app's own (what getDb() answers), so route handlers can be called
// directly: a migrated in-memory PGlite, a fresh DATA_DIR, no demo data, and the origin cookie-authenticated
// writes are checked against.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setDbForTests } from "../db";
import type { DbHandle } from "../db/client";
import { resetEnvForTests } from "../env";
import { openTestDatabase } from "./databases";

export async function openAppTestDatabase(label: string, origin: string): Promise<DbHandle> {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), `orderdeck-${label}-`));
  process.env.NEXTAUTH_URL = origin;
  process.env.DEMO = "0";
  resetEnvForTests();
  const handle = await openTestDatabase("pglite");
  setDbForTests(handle);
  return handle;
}

export async function closeAppTestDatabase(handle: DbHandle | undefined): Promise<void> {
  setDbForTests(undefined);
  await handle?.close();
}
