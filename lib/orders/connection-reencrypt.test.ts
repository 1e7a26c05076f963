// Key rotation end to end: connections sealed under k1, a new key k2 put first, `npm run reencrypt` (the real
// script, in its own process, on a PGlite data directory) seals them all under k2, after which k1 can go. A value
// whose key is already gone is named and left alone while the others are done; a second run has nothing to do.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { encrypt, keyIdOf, parseKeyring } from "../crypto/keyring";
import { type DbHandle, openDatabase } from "../db/client";
import { connections } from "../db/schema";
import { resetEnvForTests } from "../env";
import { reencryptConnections } from "./connection-reencrypt";
import { getConnectionRow } from "./connection-rows";
import { unsealCredentials } from "./connection-secrets";

const run = promisify(execFile);
const key = () => randomBytes(32).toString("base64");
const [K0, K1, K2] = [`k0:${key()}`, `k1:${key()}`, `k2:${key()}`];
const saved = { ...process.env };

/** Three connections under k1, and one under k0, a key the new ENCRYPTION_KEY no longer has. */
async function seed(db: DbHandle["db"]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [name, spec] of [
    ["a", K1],
    ["b", K1],
    ["c", K1],
    ["lost", K0],
  ] as const) {
    const id = crypto.randomUUID();
    ids[name] = id;
    const sealed = encrypt(parseKeyring(spec), JSON.stringify({ token: `secret-${name}` }), id);
    await db
      .insert(connections)
      .values({ id, name, platform: "retailys", baseUrl: "https://api.retailys.com", credentialsSealed: sealed });
  }
  return ids;
}

function setKeys(spec: string) {
  process.env.ENCRYPTION_KEY = spec;
  resetEnvForTests();
}

afterEach(() => {
  process.env = saved;
  resetEnvForTests();
});

describe("re-encrypting stored credentials under the newest key", () => {
  it("seals every readable connection under the first key, names the unreadable one, and is idempotent", async () => {
    const handle = await openDatabase({ dataDir: "memory://" });
    try {
      const ids = await seed(handle.db);
      setKeys(`${K2},${K1}`);
      expect(await reencryptConnections(handle.db)).toEqual({
        primaryId: "k2",
        resealed: 3,
        current: 0,
        failed: [{ id: ids.lost, name: "lost", reason: 'No key "k0" in ENCRYPTION_KEY to decrypt this value' }],
      });
      // k1 can go: everything it sealed reads under k2 alone.
      setKeys(K2);
      for (const name of ["a", "b", "c"]) {
        const row = await getConnectionRow(handle.db, ids[name]!);
        expect(keyIdOf(row.credentialsSealed)).toBe("k2");
        expect(unsealCredentials(row)).toEqual({ token: `secret-${name}` });
      }
      setKeys(`${K2},${K1}`);
      expect(await reencryptConnections(handle.db)).toMatchObject({ resealed: 0, current: 3 });
    } finally {
      await handle.close();
    }
  });

  it("is `npm run reencrypt`: the script does it on the configured database and exits 1 while a value is unreadable", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "orderdeck-reencrypt-"));
    const seeded = await openDatabase({ dataDir });
    const ids = await seed(seeded.db);
    await seeded.close();
    const script = (spec: string) =>
      run("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/reencrypt.ts"], {
        env: { ...saved, NODE_ENV: "production", DATA_DIR: dataDir, ENCRYPTION_KEY: spec, DATABASE_URL: "" },
      }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    const first = await script(`${K2},${K1}`);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('reencrypt: 3 connection(s) sealed again under key "k2", 0 already were');
    expect(first.stderr).toContain(`connection "lost" (${ids.lost}) left as it was: No key "k0"`);
    // With k0 back (last, not primary), the lost one is done too and nothing is left to do.
    const second = await script(`${K2},${K1},${K0}`);
    expect(second).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('1 connection(s) sealed again under key "k2", 3 already were'),
    });
    const reopened = await openDatabase({ dataDir });
    try {
      setKeys(K2);
      expect(unsealCredentials(await getConnectionRow(reopened.db, ids.lost!))).toEqual({ token: "secret-lost" });
    } finally {
      await reopened.close();
    }
  }, 60_000);
});
