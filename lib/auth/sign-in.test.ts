// Signing in on both engines, as next-auth's credentials provider calls it: parallel guesses cannot pass the
// throttle, a success opens a server-side session, and the input is bounded.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbForTests } from "../db";
import type { DbHandle } from "../db/client";
import { auditEvents, sessions, signInAttempts, users } from "../db/schema";
import { resetEnvForTests } from "../env";
import { openTestDatabase, TEST_DB_KINDS } from "../testing/databases";
import { hashPassword } from "./password";
import { authorizeCredentials, SIGN_IN_MESSAGES } from "./sign-in";
import { MAX_FAILURES } from "./throttle";

describe.each(TEST_DB_KINDS)("signing in on %s", (kind) => {
  let handle: DbHandle;

  beforeAll(async () => {
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-sign-in-"));
    // One proxy in front: each attempt says its own client address in X-Forwarded-For.
    process.env.TRUSTED_PROXIES = "1";
    resetEnvForTests();
    handle = await openTestDatabase(kind);
    setDbForTests(handle);
    const passwordHash = await hashPassword("the right password");
    await handle.db.insert(users).values([
      { email: "target@example.com", name: "Target", role: "manager", passwordHash },
      { email: "fine@example.com", name: "Fine", role: "fulfillment", passwordHash },
    ]);
  }, 60_000);
  afterAll(async () => {
    setDbForTests(undefined);
    delete process.env.TRUSTED_PROXIES;
    resetEnvForTests();
    await handle?.close();
  });

  const from = (ip: string) => ({ "x-forwarded-for": ip });
  const outcome = (attempt: Promise<unknown>) => attempt.then(() => "signed in", (error: Error) => error.message);

  it("lets at most 5 of 30 parallel wrong passwords for one account reach the password check", async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        outcome(authorizeCredentials(handle.db, { email: "target@example.com", password: `guess ${i}` }, from(`198.51.100.${i}`))),
      ),
    );
    expect(results.filter((message) => message === SIGN_IN_MESSAGES.wrong)).toHaveLength(MAX_FAILURES);
    expect(results.filter((message) => message.startsWith("Too many failed sign-in attempts"))).toHaveLength(30 - MAX_FAILURES);
    const checked = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorEmail, "target@example.com"), eq(auditEvents.outcome, "failure")));
    expect(checked).toHaveLength(MAX_FAILURES);
    // Now even the right password waits for the window to pass.
    expect(await outcome(authorizeCredentials(handle.db, { email: "target@example.com", password: "the right password" }, from("192.0.2.50")))).toMatch(
      /^Too many failed sign-in attempts/,
    );
  });

  it("opens a server-side session on success, and records the attempt as a success", async () => {
    const signedIn = await authorizeCredentials(handle.db, { email: " Fine@Example.com ", password: "the right password" }, from("192.0.2.60"));
    expect(signedIn).toMatchObject({ email: "fine@example.com", sv: 1, sid: expect.any(String) });
    const [session] = await handle.db.select().from(sessions).where(eq(sessions.id, signedIn.sid));
    expect(session).toMatchObject({ userId: signedIn.id, ip: "192.0.2.60", endedAt: null });
    const attempts = await handle.db.select().from(signInAttempts).where(eq(signInAttempts.email, "fine@example.com"));
    expect(attempts.map((attempt) => attempt.succeeded)).toEqual([true]);
  });

  it("refuses an over-long email or password before counting or hashing anything", async () => {
    const long = `${"a".repeat(250)}@example.com`;
    expect(await outcome(authorizeCredentials(handle.db, { email: long, password: "x" }, from("192.0.2.70")))).toBe(SIGN_IN_MESSAGES.wrong);
    const huge = "p".repeat(1025);
    expect(await outcome(authorizeCredentials(handle.db, { email: "fine@example.com", password: huge }, from("192.0.2.70")))).toBe(SIGN_IN_MESSAGES.wrong);
    expect(await handle.db.select().from(signInAttempts).where(eq(signInAttempts.ip, "192.0.2.70"))).toEqual([]);
  });
});
