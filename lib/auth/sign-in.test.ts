// Signing in on both engines, as next-auth's credentials provider calls it: parallel guesses cannot pass the
// throttle, a guesser makes the owner wait no longer on a device they signed in from before, a success opens a
// server-side session, and the input is bounded.
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
import { deviceCookieName } from "./device-cookie";
import { hashPassword } from "./password";
import { authorizeCredentials, SIGN_IN_MESSAGES, SignInThrottled } from "./sign-in";
import { FREE_FAILURES } from "./throttle";

describe.each(TEST_DB_KINDS)("signing in on %s", (kind) => {
  let handle: DbHandle;
  // The refused attempts' audit entries are limited per IP in this process's memory: each engine has its own IPs.
  const net = kind === "pglite" ? "198.51.100" : "203.0.113";

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
      { email: "owner@example.com", name: "Owner", role: "admin", passwordHash },
      { email: "other@example.com", name: "Other", role: "manager", passwordHash },
    ]);
  }, 60_000);
  afterAll(async () => {
    setDbForTests(undefined);
    delete process.env.TRUSTED_PROXIES;
    resetEnvForTests();
    await handle?.close();
  });

  const from = (ip: string, cookie?: string) => ({ "x-forwarded-for": ip, ...(cookie ? { cookie } : {}) });
  const outcome = (attempt: Promise<unknown>) =>
    attempt.then(
      () => "signed in",
      (error: Error) => error.message,
    );
  /** The Cookie header a browser sends back after the Set-Cookie header `setCookie`. */
  const cookieFrom = (setCookie: string) => setCookie.split(";")[0]!;
  /** A guesser's failures from everywhere, just now: the account's next attempt from an unknown device waits 30 s. */
  const guessedAt = (email: string) =>
    handle.db
      .insert(signInAttempts)
      .values(Array.from({ length: 8 }, (_, i) => ({ email, ip: `192.0.2.${i}`, succeeded: false })));
  const auditOf = (email: string, outcome: "failure" | "denied" | "success") =>
    handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorEmail, email), eq(auditEvents.outcome, outcome)));

  it("lets only 2 of 30 parallel wrong passwords for one account reach the password check; the rest are told to wait", async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        outcome(
          authorizeCredentials(handle.db, { email: "target@example.com", password: `guess ${i}` }, from(`${net}.${i}`)),
        ),
      ),
    );
    expect(results.filter((message) => message === SIGN_IN_MESSAGES.wrong)).toHaveLength(FREE_FAILURES.account);
    expect(results.filter((message) => message === "Too many attempts, try again in 1 s.")).toHaveLength(
      30 - FREE_FAILURES.account,
    );
    expect(await auditOf("target@example.com", "failure")).toHaveLength(FREE_FAILURES.account);
  });

  it("makes even the right password from an unknown device wait, and says for how long", async () => {
    await guessedAt("target@example.com");
    const refused = await authorizeCredentials(
      handle.db,
      { email: "target@example.com", password: "the right password" },
      from(`${net}.50`),
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SignInThrottled);
    expect(refused).toMatchObject({
      retryAfterSeconds: expect.any(Number),
      message: expect.stringMatching(/^Too many attempts, try again in (29|30) s\.$/),
    });
  });

  it("writes refused attempts to the audit log once a minute per IP, however many there are", async () => {
    const ip = `${net}.77`;
    const email = "nobody-at-all@example.com";
    await guessedAt(email);
    for (let i = 0; i < 10; i++)
      expect(await outcome(authorizeCredentials(handle.db, { email, password: "wrong" }, from(ip)))).toMatch(
        /^Too many attempts/,
      );
    const denied = await auditOf(email, "denied");
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ ip, details: { reason: "throttled", knownDevice: false } });
  });

  it("lets the owner in from a device they signed in from before while a guesser makes everyone else wait", async () => {
    const email = "owner@example.com";
    const first = await authorizeCredentials(handle.db, { email, password: "the right password" }, from(`${net}.90`));
    expect(first.deviceCookie).toMatch(
      new RegExp(
        `^${deviceCookieName()}=[\\w-]{16}\\.[0-9a-z]+\\.[\\w-]{43}; Path=/; Max-Age=15552000; HttpOnly; SameSite=Lax$`,
      ),
    );
    const laptop = cookieFrom(first.deviceCookie);

    await guessedAt(email);
    expect(
      await outcome(authorizeCredentials(handle.db, { email, password: "the right password" }, from(`${net}.91`))),
    ).toMatch(/^Too many attempts/);
    const again = await authorizeCredentials(
      handle.db,
      { email, password: "the right password" },
      from(`${net}.90`, laptop),
    );
    expect(again.user.email).toBe(email);
    const [success] = (await auditOf(email, "success")).slice(-1);
    expect(success?.details).toEqual({ knownDevice: true });

    // The device cookie is the owner's: it does not let another account past its own wait, nor does a forged one.
    await guessedAt("other@example.com");
    expect(
      await outcome(
        authorizeCredentials(
          handle.db,
          { email: "other@example.com", password: "the right password" },
          from(`${net}.90`, laptop),
        ),
      ),
    ).toMatch(/^Too many attempts/);
    // The owner's sign-in on the laptop gave the guesser no new free tries.
    const forged = laptop.replace(/[\w-]{43}$/, "A".repeat(43));
    expect(
      await outcome(
        authorizeCredentials(handle.db, { email, password: "the right password" }, from(`${net}.90`, forged)),
      ),
    ).toMatch(/^Too many attempts/);
  });

  it("opens a server-side session on success, and records the attempt as a success", async () => {
    const { user: signedIn } = await authorizeCredentials(
      handle.db,
      { email: " Fine@Example.com ", password: "the right password" },
      from(`${net}.60`, undefined),
    );
    expect(signedIn).toMatchObject({ email: "fine@example.com", sv: 1, sid: expect.any(String) });
    const [session] = await handle.db.select().from(sessions).where(eq(sessions.id, signedIn.sid));
    expect(session).toMatchObject({ userId: signedIn.id, ip: `${net}.60`, endedAt: null });
    const attempts = await handle.db
      .select()
      .from(signInAttempts)
      .where(eq(signInAttempts.ip, `${net}.60`));
    expect(attempts.map((attempt) => attempt.succeeded)).toEqual([true]);
  });

  it("refuses an over-long email or password before counting or hashing anything", async () => {
    const long = `${"a".repeat(250)}@example.com`;
    expect(await outcome(authorizeCredentials(handle.db, { email: long, password: "x" }, from(`${net}.70`)))).toBe(
      SIGN_IN_MESSAGES.wrong,
    );
    const huge = "p".repeat(1025);
    expect(
      await outcome(authorizeCredentials(handle.db, { email: "fine@example.com", password: huge }, from(`${net}.70`))),
    ).toBe(SIGN_IN_MESSAGES.wrong);
    expect(
      await handle.db
        .select()
        .from(signInAttempts)
        .where(eq(signInAttempts.ip, `${net}.70`)),
    ).toEqual([]);
  });
});
