// Refusals reach the audit log at most once a minute per key; the next entry says how many it stands for.
import { asc, sql } from "drizzle-orm";
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

/** A refusal on `route`: each test refuses on its own route, so it reads back only its own entries. */
const refusal = (route: string) => ({
  actor: null,
  action: "auth.denied" as const,
  outcome: "denied" as const,
  ip: "192.0.2.1",
  details: { route },
});
const written = async (route: string) =>
  (
    await handle.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.details}->>'route' = ${route}`)
      .orderBy(asc(auditEvents.id))
  ).map((event) => event.details);

describe("recordDenial", () => {
  it("writes the first refusal of a minute, counts the rest, and reports them with the next entry", async () => {
    const t = Date.parse("2026-12-01T10:00:00Z");
    const outcomes = [];
    for (let i = 0; i < 50; i++) outcomes.push(await recordDenial(handle.db, "flood", refusal("/flood"), t + i * 1000));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(await recordDenial(handle.db, "flood", refusal("/flood"), t + 61_000)).toBe(true);
    expect(await written("/flood")).toEqual([{ route: "/flood" }, { route: "/flood", repeats: 49 }]);
  });

  it("keeps keys apart", async () => {
    const t = Date.parse("2026-12-01T11:00:00Z");
    expect(await recordDenial(handle.db, "one", refusal("/keys"), t)).toBe(true);
    expect(await recordDenial(handle.db, "two", refusal("/keys"), t)).toBe(true);
    expect(await recordDenial(handle.db, "one", refusal("/keys"), t + 10)).toBe(false);
  });
});
