import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase, TEST_DB_KINDS } from "../testing/databases";
import type { DbHandle } from "./client";
import { loggable, logError } from "./log-error";

describe.each(TEST_DB_KINDS)("a failed query in the log, on %s", (kind) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
  });

  it("names the query and the reason, never the values it was given", async () => {
    const email = "ana.ionescu@example.md";
    const error = await handle.db.execute(sql`select ${email}::text, ${"not a number"}::int`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String((error as Error).message)).toContain(email); // what console.error would have printed
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      logError("sync: Chișinău Shop crashed", error);
      const line = String(spy.mock.calls[0]?.[0]);
      expect(line).toMatch(/^sync: Chișinău Shop crashed: \w*Error: Failed query: select \$1::text, \$2::int/);
      expect(line).toContain("params: (not logged)");
      expect(line).toContain('Caused by: error: invalid input syntax for type integer: "not a number"');
      expect(line).toMatch(/\n\s+at /); // where it happened
      expect(line).not.toContain(email);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("loggable", () => {
  it("keeps an ordinary error's message, stack and causes", () => {
    const error = new Error("outer", { cause: new TypeError("inner") });
    expect(loggable(error)).toMatch(/^Error: outer\n\s+at [\s\S]*\nCaused by: TypeError: inner\n\s+at /);
    expect(loggable("a string")).toBe("a string");
  });
});
