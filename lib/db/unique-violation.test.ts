// A unique violation is told by its SQLSTATE on both databases, whatever the message says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "./client";
import { apiTokens, users } from "./schema";
import { isUniqueViolation } from "./unique-violation";
import { openTestDatabase, TEST_DB_KINDS } from "../testing/databases";

describe.each(TEST_DB_KINDS)("isUniqueViolation on %s", (kind) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
  });

  const user = { email: "same@example.com", name: "Same", role: "manager" as const, passwordHash: "x" };
  const failure = (write: Promise<unknown>) =>
    write.then(
      () => null,
      (error: unknown) => error,
    );

  it("is true for a second row with the same unique value", async () => {
    await handle.db.insert(users).values(user);
    const error = await failure(handle.db.insert(users).values(user));
    expect(error).not.toBeNull();
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("is false for another constraint's failure and for errors that only mention the word", async () => {
    const orphan = {
      userId: "00000000-0000-4000-8000-000000000000",
      name: "t",
      tokenHash: "h",
      prefix: "od_",
      expiresAt: new Date(),
    };
    const error = await failure(handle.db.insert(apiTokens).values(orphan));
    expect(error).not.toBeNull();
    expect(isUniqueViolation(error)).toBe(false);
    expect(isUniqueViolation(new Error("duplicate key value violates unique constraint"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
