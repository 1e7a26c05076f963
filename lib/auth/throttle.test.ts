// The sign-in throttle on both engines: each consecutive failure makes the next attempt wait longer (no lockout),
// counted before the password is checked so parallel attempts cannot slip in between a read and a write, with a
// known device counted apart from everyone else.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/client";
import { signInAttempts } from "../db/schema";
import { resetEnvForTests } from "../env";
import { openTestDatabase, TEST_DB_KINDS } from "../testing/databases";
import { UNKNOWN_IP } from "./client-ip";
import {
  type AttemptSource,
  delaySeconds,
  FREE_FAILURES,
  markAttemptSucceeded,
  pruneSignInAttempts,
  reserveAttempt,
} from "./throttle";

describe("the delay", () => {
  it("grows 0, 0, 1, 2, 4, 8, 16 s with an account's consecutive failures, and stops at 30 s", () => {
    expect(Array.from({ length: 10 }, (_, failures) => delaySeconds(failures, FREE_FAILURES.account))).toEqual([
      0, 0, 1, 2, 4, 8, 16, 30, 30, 30,
    ]);
  });
});

describe.each(TEST_DB_KINDS)("the sign-in throttle on %s", (kind) => {
  let handle: DbHandle;
  const start = Date.parse("2026-12-01T10:00:00Z");
  const at = (seconds: number) => new Date(start + seconds * 1000);
  let ipSequence = 0;
  /** An attempt from an address of its own, so only the account's count can hold it up. */
  const fromAnywhere = (email: string): AttemptSource => ({
    email,
    ip: `198.51.${Math.floor(++ipSequence / 250)}.${ipSequence % 250}`,
    device: null,
  });

  beforeAll(async () => {
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-throttle-"));
    resetEnvForTests();
    handle = await openTestDatabase(kind);
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
  });

  const reserve = (source: AttemptSource, when: Date) => reserveAttempt(handle.db, source, when);

  it("never locks an account: each failure makes the next attempt wait longer, up to 30 s, and then lets it try", async () => {
    const email = "victim@example.com";
    expect((await reserve(fromAnywhere(email), at(0))).blocked).toBe(false);
    expect((await reserve(fromAnywhere(email), at(0))).blocked).toBe(false);
    let t = 0;
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      const refused = await reserve(fromAnywhere(email), at(t));
      if (!refused.blocked) throw new Error(`attempt right after failure ${i + 2} was let through`);
      waits.push(refused.retryAfterSeconds);
      t += refused.retryAfterSeconds;
      // Once the wait is over, the next attempt reaches the password check (and, wrong again, counts).
      expect((await reserve(fromAnywhere(email), at(t))).blocked).toBe(false);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 30, 30]);
    // Half-way through a wait, the answer says how much of it is left.
    expect(await reserve(fromAnywhere(email), at(t + 12))).toEqual({ blocked: true, retryAfterSeconds: 18 });
  });

  it("starts an account's count again after a success", async () => {
    const email = "forgetful@example.com";
    for (let i = 0; i < 4; i++) await reserve(fromAnywhere(email), at(i * 60));
    const right = await reserve(fromAnywhere(email), at(300));
    if (right.blocked) throw new Error("refused after the wait");
    await markAttemptSucceeded(handle.db, right.attemptId);
    for (let i = 0; i < FREE_FAILURES.account; i++)
      expect((await reserve(fromAnywhere(email), at(301))).blocked).toBe(false);
    expect((await reserve(fromAnywhere(email), at(301))).blocked).toBe(true);
  });

  it("lets a known device through while its account waits on failures from elsewhere, and counts the device apart", async () => {
    const email = "owner@example.com";
    for (let i = 0; i < FREE_FAILURES.account; i++) await reserve(fromAnywhere(email), at(360));
    expect(await reserve(fromAnywhere(email), at(360))).toMatchObject({ blocked: true });
    const laptop: AttemptSource = { email, ip: "192.0.2.44", device: "laptop-nonce-123" };
    // The owner mistypes twice on their own laptop: still not held up by the guesser's failures...
    expect((await reserve(laptop, at(360))).blocked).toBe(false);
    expect((await reserve(laptop, at(360))).blocked).toBe(false);
    // ...then waits on the laptop's own count, which starts at a second.
    expect(await reserve(laptop, at(360))).toEqual({ blocked: true, retryAfterSeconds: 1 });
    const right = await reserve(laptop, at(361));
    if (right.blocked) throw new Error("the laptop was refused after its wait");
    await markAttemptSucceeded(handle.db, right.attemptId);
    // A device entry is bound to its account: another account's count is its own.
    expect((await reserve({ ...laptop, email: "someone@example.com" }, at(361))).blocked).toBe(false);
  });

  it("lets an IP fail 5 times across accounts before it waits, and holds up only that IP", async () => {
    for (let i = 0; i < FREE_FAILURES.ip; i++)
      expect((await reserve({ email: `user${i}@example.com`, ip: "192.0.2.7", device: null }, at(0))).blocked).toBe(
        false,
      );
    expect(await reserve({ email: "someone-else@example.com", ip: "192.0.2.7", device: null }, at(0))).toEqual({
      blocked: true,
      retryAfterSeconds: 1,
    });
    expect((await reserve({ email: "someone-else@example.com", ip: "192.0.2.8", device: null }, at(0))).blocked).toBe(
      false,
    );
    // The IP's failures count for 15 minutes.
    expect(
      (await reserve({ email: "later@example.com", ip: "192.0.2.7", device: null }, at(15 * 60 + 1))).blocked,
    ).toBe(false);
  });

  it("lets exactly 2 of 30 parallel attempts on one account through", async () => {
    const now = at(0);
    const verdicts = await Promise.all(
      Array.from({ length: 30 }, () => reserve(fromAnywhere("parallel@example.com"), now)),
    );
    expect(verdicts.filter((verdict) => !verdict.blocked)).toHaveLength(FREE_FAILURES.account);
  });

  it("lets exactly 5 of 30 parallel attempts from one IP through, whatever the accounts", async () => {
    const now = at(0);
    const verdicts = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        reserve({ email: `spray${i}@example.com`, ip: "198.19.0.1", device: null }, now),
      ),
    );
    expect(verdicts.filter((verdict) => !verdict.blocked)).toHaveLength(FREE_FAILURES.ip);
  });

  it("does not make every client of unknown address share one bucket", async () => {
    for (let i = 0; i < FREE_FAILURES.ip * 2; i++)
      await reserve({ email: `nobody${i}@example.com`, ip: UNKNOWN_IP, device: null }, at(0));
    expect((await reserve({ email: "innocent@example.com", ip: UNKNOWN_IP, device: null }, at(0))).blocked).toBe(false);
  });

  it("forgets attempts older than a day", async () => {
    const source: AttemptSource = { email: "old@example.com", ip: "192.0.2.99", device: null };
    await reserve(source, new Date(Date.now() - 25 * 3_600_000));
    const recent = await reserve(source, new Date());
    if (recent.blocked) throw new Error("a day-old failure still counted");
    await pruneSignInAttempts(handle.db);
    const left = await handle.db
      .select({ id: signInAttempts.id })
      .from(signInAttempts)
      .where(eq(signInAttempts.email, source.email));
    expect(left.map((row) => row.id)).toEqual([recent.attemptId]);
  });
});
