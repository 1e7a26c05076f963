// The export reads the order index page by page as the download is read: every order of the filter exactly
// once, in the list's order, with the list's columns.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orderListQuery } from "../domain/query";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import { syncUntilLive } from "../testing/sync-until-live";
import { exportCsv } from "./export";
import { listIndexedOrders } from "./index-list";

let fixture: SandboxConnections;

beforeAll(async () => {
  fixture = await setUpSandboxConnections(120);
  await syncUntilLive(fixture.handle);
}, 120_000);

afterAll(async () => {
  await fixture?.close();
});

async function csv(input: Record<string, string>): Promise<string[]> {
  const text = await new Response(await exportCsv(fixture.handle.db, orderListQuery.parse(input))).text();
  return text.trim().split("\r\n").slice(1);
}

describe("exporting orders", () => {
  it("writes every order of the filter once, in the list's order", async () => {
    const rows = await csv({ sort: "total_desc" });
    // 120 generated orders per platform, plus each platform's seed examples.
    expect(rows.length).toBeGreaterThan(5 * 120);
    const ids = rows.map((row) => row.split(",")[3]);
    const list = await listIndexedOrders(fixture.handle.db, orderListQuery.parse({ sort: "total_desc", limit: "100" }));
    expect(ids.slice(0, 100)).toEqual(list.orders.map((order) => order.id));
    const keys = rows.map((row) => row.split(",").slice(0, 4).join(","));
    expect(new Set(keys).size).toBe(rows.length);

    const shipped = await csv({ stage: "shipped" });
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped.every((row) => row.split(",")[13] === "shipped")).toBe(true);
  }, 60_000);
});
