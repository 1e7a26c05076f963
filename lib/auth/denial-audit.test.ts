// Refusals reach the audit log at most once a minute per key; the next entry says how many it stands for.
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/client";
import { auditEvents } from "../db/schema";
import { openTestDatabase } from "../testing/databases";
import { recordDenial } from "./denial-audit";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDatabase("pglite");
}, 60_000);
afterAll(async () => {
  await handle?.close();
});

const refusal = (action: string) => ({
  actor: null,
  action,
  outcome: "denied" as const,
  ip: "192.0.2.1",
  details: { route: "/api/users" },
});
const written = async (action: string) =>
  (await handle.db.select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(asc(auditEvents.id))).map(
    (event) => event.details,
  );

describe("recordDenial", () => {
  it("writes the first refusal of a minute, counts the rest, and reports them with the next entry", async () => {
    const t = Date.parse("2026-12-01T10:00:00Z");
    const outcomes = [];
    for (let i = 0; i < 50; i++)
      outcomes.push(await recordDenial(handle.db, "flood", refusal("test.flood"), t + i * 1000));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(await recordDenial(handle.db, "flood", refusal("test.flood"), t + 61_000)).toBe(true);
    expect(await written("test.flood")).toEqual([{ route: "/api/users" }, { route: "/api/users", repeats: 49 }]);
  });

  it("keeps keys apart", async () => {
    const t = Date.parse("2026-12-01T11:00:00Z");
    expect(await recordDenial(handle.db, "one", refusal("test.keys"), t)).toBe(true);
    expect(await recordDenial(handle.db, "two", refusal("test.keys"), t)).toBe(true);
    expect(await recordDenial(handle.db, "one", refusal("test.keys"), t + 10)).toBe(false);
  });
});
