// Which new orders become browser notifications: the chosen shops only, orders placed within the hour, at most
// three, then one summary.
import { describe, expect, it } from "vitest";
import type { LiveEvent, LiveOrderRef } from "@/lib/domain/live-events";
import { pickNotifications, readNotificationPrefs, withConnection } from "./notify-prefs";

const NOW = Date.parse("2026-12-04T12:00:00Z");
const minutesAgo = (m: number) => new Date(NOW - m * 60_000).toISOString();
const ref = (id: string, placedAt: string): LiveOrderRef => ({
  connectionId: "c1",
  orderId: id,
  number: `N${id}`,
  placedAt,
  stage: "pending",
  statusLabel: "New",
  customerName: null,
  total: null,
  version: "v1",
});
const event = (added: LiveOrderRef[], addedCount = added.length, connectionId = "c1"): LiveEvent => ({
  type: "orders",
  at: new Date(NOW).toISOString(),
  connectionId,
  added,
  addedCount,
  changed: [],
  changedCount: 0,
});
const on = { connections: ["c1"] };

describe("notification preferences", () => {
  it("are off for anything but a list of shops", () => {
    expect(readNotificationPrefs(null)).toEqual({ connections: [] });
    expect(readNotificationPrefs({ connections: "c1" })).toEqual({ connections: [] });
    expect(readNotificationPrefs({ connections: ["c1", 2] })).toEqual({ connections: ["c1"] });
  });

  it("switch one shop at a time", () => {
    const both = withConnection(withConnection({ connections: [] }, "c1", true), "c2", true);
    expect(both.connections).toEqual(["c1", "c2"]);
    expect(withConnection(both, "c1", true).connections).toEqual(["c2", "c1"]);
    expect(withConnection(both, "c1", false).connections).toEqual(["c2"]);
  });
});

describe("pickNotifications", () => {
  it("tells new orders of the chosen shops only", () => {
    expect(pickNotifications(event([ref("1", minutesAgo(1))]), on, NOW)).toEqual({
      connectionId: "c1",
      orders: [ref("1", minutesAgo(1))],
      more: 0,
    });
    expect(pickNotifications(event([ref("1", minutesAgo(1))], 1, "c2"), on, NOW)).toBeNull();
    expect(pickNotifications(event([ref("1", minutesAgo(1))]), { connections: [] }, NOW)).toBeNull();
    expect(pickNotifications({ type: "sync", at: "", connectionId: "c1" }, on, NOW)).toBeNull();
  });

  it("leaves out orders placed more than an hour ago (a reconcile finds old ones)", () => {
    expect(pickNotifications(event([ref("1", minutesAgo(61)), ref("2", minutesAgo(300))]), on, NOW)).toBeNull();
    const picked = pickNotifications(event([ref("1", minutesAgo(61)), ref("2", minutesAgo(59))]), on, NOW);
    expect(picked?.orders.map((o) => o.orderId)).toEqual(["2"]);
    expect(picked?.more).toBe(0);
  });

  it("tells three, then sums up the rest in one", () => {
    const added = ["1", "2", "3", "4", "5"].map((id) => ref(id, minutesAgo(2)));
    const picked = pickNotifications(event(added, 60), on, NOW);
    expect(picked?.orders.map((o) => o.orderId)).toEqual(["1", "2", "3"]);
    expect(picked?.more).toBe(2 + 55);
    // Orders beyond the refs are of unknown age when some named ones were old.
    const mixed = pickNotifications(event([...added, ref("6", minutesAgo(120))], 60), on, NOW);
    expect(mixed?.more).toBe(2);
  });
});
