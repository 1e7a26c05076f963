// The sync against the sandbox over HTTP: a backfill, incremental reads and a reconcile converge to exactly
// the shops' orders after orders are placed, changed and deleted behind Orderdeck's back (whole sets compared,
// each order's status and total too). A restart in the middle of a backfill resumes where it stopped.
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionSync, orderIndex } from "../db/schema";
import type { Order } from "../domain/order";
import { getConnectionRow } from "../orders/connection-rows";
import { toConnection } from "../orders/connection-secrets";
import { contextFor } from "../orders/upstream";
import { getAdapter } from "../platforms/registry";
import { SANDBOX_PLATFORM_IDS, type SandboxPlatformId } from "../sandbox/platforms";
import { shopClient } from "../sandbox/test-shop-client";
import { TEST_DB_KINDS } from "../testing/databases";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import { startSyncRunner } from "./runner";
import type { SyncSettings } from "./settings";

let fixture: SandboxConnections;

const FAST: SyncSettings = {
  intervalMs: 0,
  reconcileEveryMs: 60 * 60_000,
  recentWindowMs: 3 * 24 * 3600_000,
  recentMaxPages: 4,
  recentWindowEveryMs: 0,
  changedMaxPages: 20,
  pageSize: 25,
  turnBudgetMs: 60_000,
  leaseSeconds: 30,
};

async function untilLive(settings: SyncSettings, owner = "test") {
  const runner = startSyncRunner(fixture.handle.db, { settings, owner, loop: false, parallel: 5 });
  for (let ticks = 0; ticks < 50; ticks++) {
    await runner.tick();
    const rows = await fixture.handle.db.select().from(connectionSync);
    if (rows.length === SANDBOX_PLATFORM_IDS.length && rows.every((row) => row.phase === "live")) return;
  }
  throw new Error("the sync did not reach live");
}

/** Every order of the shop as the adapter reads it live, all pages. */
async function liveOrders(platform: SandboxPlatformId): Promise<Order[]> {
  const conn = toConnection(await getConnectionRow(fixture.handle.db, fixture.ids[platform]));
  const adapter = getAdapter(conn.platform);
  const ctx = contextFor(conn);
  const orders: Order[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.listOrders(conn, { sort: "placed_desc", limit: 100 }, cursor, ctx);
    orders.push(...page.orders);
    cursor = page.next;
  } while (cursor);
  return orders;
}

async function indexed(platform: SandboxPlatformId) {
  return fixture.handle.db
    .select({ orderId: orderIndex.orderId, statusCode: orderIndex.statusCode, total: orderIndex.total })
    .from(orderIndex)
    .where(and(eq(orderIndex.connectionId, fixture.ids[platform]), isNull(orderIndex.vanishedAt)));
}

async function expectConverged() {
  for (const platform of SANDBOX_PLATFORM_IDS) {
    const shopIds = await shop(platform).ids();
    const live = await liveOrders(platform);
    const rows = await indexed(platform);
    expect(rows.map((row) => row.orderId).sort(), `${platform}: the same orders`).toEqual([...shopIds].sort());
    const expected = Object.fromEntries(live.map((o) => [o.id, `${o.status.code} ${Number(o.totals.total.amount)}`]));
    const actual = Object.fromEntries(rows.map((row) => [row.orderId, `${row.statusCode} ${Number(row.total)}`]));
    expect(actual, `${platform}: each order's status and total`).toEqual(expected);
  }
}

const shop = (platform: SandboxPlatformId) => shopClient(() => fixture.sandbox.url, platform);

describe.each(TEST_DB_KINDS)("the order index sync on %s", (kind) => {
  beforeAll(async () => {
    fixture = await setUpSandboxConnections(30, {}, kind);
  }, 60_000);

  afterAll(async () => {
    await fixture?.close();
  });

  it("backfills every connection, then converges after creates, changes and deletions", async () => {
    await untilLive(FAST);
    await expectConverged();

    for (const platform of SANDBOX_PLATFORM_IDS) {
      const ids = await shop(platform).ids();
      // Oldest and newest alike: the oldest are only found again by the reconcile.
      for (const id of [ids[0]!, ids[ids.length - 1]!, ids[Math.floor(ids.length / 2)]!]) {
        expect((await shop(platform).change(id)).status).toBe(200);
      }
      for (const id of [ids[1]!, ids[ids.length - 2]!]) expect((await shop(platform).remove(id)).status).toBe(200);
      await shop(platform).place();
    }
    // Incremental reads find the new and the recent; the reconcile the rest, and the deletions.
    await fixture.handle.db.update(connectionSync).set({ nextReconcileAt: new Date(0) });
    const runner = startSyncRunner(fixture.handle.db, { settings: FAST, owner: "test", loop: false, parallel: 5 });
    for (let ticks = 0; ticks < 50; ticks++) {
      await runner.tick();
      const rows = await fixture.handle.db.select().from(connectionSync);
      if (rows.every((row) => row.phase === "live" && row.nextReconcileAt!.getTime() > Date.now())) break;
    }
    await expectConverged();
  }, 180_000);

  it("resumes an interrupted backfill where it stopped, without reading it again", async () => {
    const retailys = fixture.ids.retailys;
    await fixture.handle.db.delete(orderIndex).where(eq(orderIndex.connectionId, retailys));
    await fixture.handle.db
      .update(connectionSync)
      .set({ phase: "backfill", backfillCursor: null, backfillStartedAt: null, backfillSeen: 0 })
      .where(eq(connectionSync.connectionId, retailys));
    // One page per turn, three turns, then the process "restarts": a new runner picks the backfill up at page 4.
    const slow = { ...FAST, pageSize: 10, recentMaxPages: 1 };
    const first = startSyncRunner(fixture.handle.db, {
      settings: { ...slow, turnBudgetMs: 0 },
      owner: "before",
      loop: false,
      parallel: 5,
    });
    for (let turn = 0; turn < 3; turn++) await first.tick();
    const [mid] = await fixture.handle.db
      .select()
      .from(connectionSync)
      .where(eq(connectionSync.connectionId, retailys));
    expect(mid).toMatchObject({ phase: "backfill", backfillSeen: 30 });
    await first.stop();
    fixture.sandbox.log.clear();
    await untilLive(slow, "after");
    const pages = Math.ceil((await indexed("retailys")).length / 10);
    const listReads = fixture.sandbox.log
      .list({ platform: "retailys" })
      .filter((entry) => entry.path.endsWith("/System/Orders"));
    // The rest of the backfill, one incremental page, and at most two reads that find the paging direction.
    expect(listReads.length, "pages already read are not read again").toBeLessThanOrEqual(pages - 3 + 1 + 2);
    const [done] = await fixture.handle.db
      .select()
      .from(connectionSync)
      .where(eq(connectionSync.connectionId, retailys));
    expect(done!.backfillSeen).toBe((await indexed("retailys")).length);
    await expectConverged();
  }, 120_000);

  it("re-reads a shop's whole recent window at most every recentWindowEveryMs, its first page in between", async () => {
    // Every order in the window, ten to a page: the whole window is more pages than recentMaxPages (4).
    const wide = { ...FAST, pageSize: 10, recentWindowMs: 10 * 365 * 24 * 3600_000 };
    const listReads = async (settings: SyncSettings) => {
      fixture.sandbox.log.clear();
      const runner = startSyncRunner(fixture.handle.db, { settings, owner: "window", loop: false, parallel: 5 });
      await runner.tick();
      await runner.stop();
      return fixture.sandbox.log
        .list({ platform: "merchantpro" })
        .filter((entry) => entry.method === "GET" && entry.path.endsWith("/api/v2/orders")).length;
    };
    expect(await listReads({ ...wide, recentWindowEveryMs: 0 })).toBe(4);
    expect(await listReads({ ...wide, recentWindowEveryMs: 60_000 })).toBe(1);
    expect(await listReads({ ...wide, recentWindowEveryMs: 0 })).toBe(4);
  }, 60_000);
});
