// A fresh production start with the embedded database: DATA_DIR need not exist yet (every secret may come from
// the environment, so nothing else creates it), and a start-up failure names its real cause, not the query.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startupFailureReason } from "../startup-error";
import { openDatabase } from "./client";
import { users } from "./schema";

describe("starting the embedded database", () => {
  it("creates a DATA_DIR that does not exist yet", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "orderdeck-fresh-")), "not", "yet", "there");
    const handle = await openDatabase({ dataDir });
    try {
      expect(await handle.db.select().from(users)).toEqual([]);
    } finally {
      await handle.close();
    }
  }, 60_000);

  it("names the real cause when DATA_DIR cannot be used", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "orderdeck-file-")), "data");
    writeFileSync(file, "not a directory");
    const error = await openDatabase({ dataDir: file }).catch((e: unknown) => e);
    expect(startupFailureReason(error)).toMatch(/EEXIST|ENOTDIR|not a directory|file already exists/i);
  });

  it("puts the innermost cause first, then what failed on it", () => {
    const cause = Object.assign(new Error("ENOENT: no such file or directory, open '.data/pgdata/PG_VERSION'"), {});
    const wrapped = new Error("Failed query: CREATE SCHEMA IF NOT EXISTS drizzle\nparams: ", { cause });
    expect(startupFailureReason(wrapped)).toBe(
      "ENOENT: no such file or directory, open '.data/pgdata/PG_VERSION' — while: Failed query: CREATE SCHEMA IF NOT EXISTS drizzle",
    );
  });
});
