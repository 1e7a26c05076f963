// The unified list against the sandbox over HTTP: five connections merged newest first, paged with no
// duplicate and no gap, filters applied (natively or here), and one failing connection never failing the page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Order } from "../domain/order";
import { type OrderListQuery, orderListQuery } from "../domain/query";
import { SANDBOX_PLATFORM_IDS } from "../sandbox/platforms";
import { SANDBOX_CREDENTIALS } from "../sandbox/credentials";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import { updateConnection } from "./connections";
import { listOrdersLive } from "./live-list";

let fixture: SandboxConnections;
let sandbox: SandboxConnections["sandbox"];
let handle: SandboxConnections["handle"];
let actor: SandboxConnections["admin"];
let ids: SandboxConnections["ids"];

beforeAll(async () => {
  fixture = await setUpSandboxConnections(40);
  ({ sandbox, handle, admin: actor, ids } = fixture);
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

const query = (input: Record<string, string | string[]>): OrderListQuery => orderListQuery.parse(input);

async function walk(input: Record<string, string | string[]>): Promise<Order[]> {
  const all: Order[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await listOrdersLive(handle.db, { ...query(input), cursor });
    expect(page.errors).toEqual([]);
    all.push(...page.orders);
    if (!page.nextCursor) return all;
    cursor = page.nextCursor;
  }
  throw new Error("the walk did not end");
}

describe("the unified order list", () => {
  it("pages through every connection newest first with no duplicate and no gap", async () => {
    const merged = await walk({ limit: "25" });
    const keys = merged.map((order) => `${order.connectionId}/${order.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 1; i < merged.length; i++) expect(merged[i - 1]!.placedAt >= merged[i]!.placedAt).toBe(true);
    // The same orders as reading each connection on its own.
    for (const platform of SANDBOX_PLATFORM_IDS) {
      const alone = await walk({ limit: "100", connection: ids[platform]! });
      expect(alone.length).toBeGreaterThan(30);
      expect(merged.filter((order) => order.connectionId === ids[platform]).map((o) => o.id)).toEqual(
        alone.map((o) => o.id),
      );
    }
  }, 120_000);

  it("applies each filter, natively or here, and says where it filtered itself", async () => {
    const cancelled = await walk({ limit: "50", stage: "cancelled" });
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((order) => order.status.stage === "cancelled")).toBe(true);

    const sample = (await listOrdersLive(handle.db, query({ limit: "5", connection: ids.retailys! }))).orders[0]!;
    const byNumber = await walk({ limit: "50", q: sample.number });
    expect(byNumber.map((order) => `${order.connectionId}/${order.id}`)).toContain(
      `${sample.connectionId}/${sample.id}`,
    );
    expect(
      byNumber.every((order) =>
        [order.number, order.id, order.customer.email ?? "", order.customer.name ?? ""].some((v) =>
          v.toLowerCase().includes(sample.number.toLowerCase()),
        ),
      ),
    ).toBe(true);

    const ranged = await walk({ limit: "50", minTotal: "100", maxTotal: "500", currency: "EUR" });
    expect(
      ranged.every(
        (order) =>
          order.totals.total.currency === "EUR" &&
          Number(order.totals.total.amount) >= 100 &&
          Number(order.totals.total.amount) <= 500,
      ),
    ).toBe(true);

    const page = await listOrdersLive(handle.db, query({ limit: "10", q: "zzz-no-such-order" }));
    expect(page.filteredHere.length).toBeGreaterThan(0);
  }, 120_000);

  it("shows the other connections when one fails, naming it with the platform's message", async () => {
    await fetch(`${sandbox.url}/_sandbox/faults/merchantpro`, {
      method: "PUT",
      body: JSON.stringify({ errorRate: 1 }),
    });
    try {
      const page = await listOrdersLive(handle.db, query({ limit: "30" }));
      expect(page.errors).toEqual([expect.objectContaining({ connectionId: ids.merchantpro, kind: "unavailable" })]);
      expect(page.orders.length).toBe(30);
      expect(page.orders.some((order) => order.connectionId === ids.merchantpro)).toBe(false);
    } finally {
      await fetch(`${sandbox.url}/_sandbox/faults/merchantpro`, { method: "DELETE" });
    }
  }, 60_000);

  it("shares an identical page read within the second, unless asked for a fresh one", async () => {
    const ecomListReads = async () => {
      const response = await fetch(`${sandbox.url}/_sandbox/requests?platform=ecom-md`);
      const { requests } = (await response.json()) as { requests: { method: string; path: string }[] };
      return requests.filter((r) => r.method === "GET" && r.path.includes("external-order")).length;
    };
    const onlyEcom = query({ limit: "7", connection: ids["ecom-md"]! });
    await listOrdersLive(handle.db, onlyEcom);
    const before = await ecomListReads();
    const shared = await listOrdersLive(handle.db, onlyEcom);
    expect(await ecomListReads()).toBe(before);
    const fresh = await listOrdersLive(handle.db, onlyEcom, { fresh: true });
    expect(await ecomListReads()).toBe(before + 1);
    expect(fresh.orders.map((order) => order.id)).toEqual(shared.orders.map((order) => order.id));
  });

  it("lists a connection changed through Orderdeck with its new settings at once", async () => {
    const onlyRetailys = query({ limit: "3", connection: ids.retailys! });
    expect((await listOrdersLive(handle.db, onlyRetailys)).timings.map((t) => t.name)).toEqual(["retailys"]);
    await updateConnection(handle.db, actor, ids.retailys!, { name: "Retailys renamed" }, "::1");
    expect((await listOrdersLive(handle.db, onlyRetailys)).timings.map((t) => t.name)).toEqual(["Retailys renamed"]);
    await updateConnection(handle.db, actor, ids.retailys!, { credentials: { token: "not-the-token" } }, "::1");
    expect((await listOrdersLive(handle.db, onlyRetailys)).errors).toEqual([expect.objectContaining({ kind: "auth" })]);
    await updateConnection(
      handle.db,
      actor,
      ids.retailys!,
      { name: "retailys", credentials: SANDBOX_CREDENTIALS.retailys },
      "::1",
    );
    expect((await listOrdersLive(handle.db, onlyRetailys)).errors).toEqual([]);
  });

  it("refuses a cursor it did not make", async () => {
    await expect(listOrdersLive(handle.db, query({ cursor: "bm90IGEgY3Vyc29y" }))).rejects.toMatchObject({
      kind: "invalid_input",
      message: "query.cursor: not a cursor from this list",
      issues: [{ path: "query.cursor", message: "not a cursor from this list" }],
    });
  });
});
