// The sign-in throttle on both engines: 5 failures per account and per IP in 15 minutes, counted before the
// password is checked, so parallel attempts cannot all slip in between a read and a write.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/client";
import { resetEnvForTests } from "../env";
import { openTestDatabase, TEST_DB_KINDS } from "../testing/databases";
import { UNKNOWN_IP } from "./client-ip";
import { MAX_FAILURES, markAttemptSucceeded, reserveAttempt } from "./throttle";

describe.each(TEST_DB_KINDS)("the sign-in throttle on %s", (kind) => {
  let handle: DbHandle;

  beforeAll(async () => {
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-throttle-"));
    resetEnvForTests();
    handle = await openTestDatabase(kind);
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
  });

  it("counts every attempt until it succeeds: the 6th within 15 minutes is refused, later ones pass", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect((await reserveAttempt(handle.db, "victim@example.com", `198.51.100.${i}`)).blocked).toBe(false);
    }
    expect(await reserveAttempt(handle.db, "victim@example.com", "203.0.113.9")).toEqual({ blocked: true, retryAfterMinutes: 15 });
    const later = new Date(Date.now() + 16 * 60_000);
    expect((await reserveAttempt(handle.db, "victim@example.com", "203.0.113.9", later)).blocked).toBe(false);
  });

  it("refuses an IP after 5 failures across accounts, and only that IP", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) await reserveAttempt(handle.db, `user${i}@example.com`, "192.0.2.7");
    expect((await reserveAttempt(handle.db, "someone-else@example.com", "192.0.2.7")).blocked).toBe(true);
    expect((await reserveAttempt(handle.db, "someone-else@example.com", "192.0.2.8")).blocked).toBe(false);
  });

  it("does not count attempts that succeeded", async () => {
    for (let i = 0; i < MAX_FAILURES + 3; i++) {
      const attempt = await reserveAttempt(handle.db, "regular@example.com", "192.0.2.20");
      if (attempt.blocked) throw new Error(`attempt ${i + 1} was refused`);
      await markAttemptSucceeded(handle.db, attempt.attemptId);
    }
  });

  it("lets exactly 5 of 30 parallel attempts on one account through", async () => {
    const verdicts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => reserveAttempt(handle.db, "parallel@example.com", `198.18.0.${i}`)),
    );
    expect(verdicts.filter((verdict) => !verdict.blocked)).toHaveLength(MAX_FAILURES);
  });

  it("lets exactly 5 of 30 parallel attempts from one IP through, whatever the accounts", async () => {
    const verdicts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => reserveAttempt(handle.db, `spray${i}@example.com`, "198.19.0.1")),
    );
    expect(verdicts.filter((verdict) => !verdict.blocked)).toHaveLength(MAX_FAILURES);
  });

  it("does not make every client of unknown address share one bucket", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) await reserveAttempt(handle.db, `nobody${i}@example.com`, UNKNOWN_IP);
    expect((await reserveAttempt(handle.db, "innocent@example.com", UNKNOWN_IP)).blocked).toBe(false);
  });
});
