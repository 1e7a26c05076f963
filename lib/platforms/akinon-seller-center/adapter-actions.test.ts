// "Reject item" against the sandbox: the state changes as re-read, a refused reject carries the platform's own
// message, and nothing else is supported.
import { describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { SANDBOX_CREDENTIALS } from "../../sandbox/credentials";
import { adapterHarness } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import { akinonSellerCenterAdapter as adapter } from "./index";

const { allOrders, clearLog, connect, loggedRequests, performAndReread, sandboxPerFile } = adapterHarness(adapter);
const TOKEN = { accessToken: SANDBOX_CREDENTIALS["akinon-seller-center"].accessToken };

const sandbox = sandboxPerFile({}, { resetBeforeEach: true });

async function findOrder(test: (order: Order) => boolean): Promise<Order> {
  const { conn, ctx } = connect(sandbox());
  const found = (await allOrders(conn, ctx)).find(test);
  if (!found) throw new Error("the sandbox has no such order");
  return adapter.getOrder(conn, found.id, ctx);
}

const hasStatus = (codes: string[]) => (order: Order) =>
  order.lines.some((line) => codes.includes(line.status?.code ?? ""));

describe("reject-item", () => {
  it("rejects an item before it is packaged: the item is Rejected as re-read, with its cancellation plan", async () => {
    const before = await findOrder(hasStatus(["100", "200", "300"]));
    const offered = adapter.availableActions(before);
    const action = offered[0];
    expect(action?.type).toBe("reject-item");
    const { conn, ctx } = connect(sandbox());
    await clearLog(sandbox());
    const after = await performAndReread(conn, before.id, { type: "reject-item", lineId: action?.lineId ?? "" }, ctx);
    const line = after.lines.find((l) => l.id === action?.lineId);
    expect(line?.status).toEqual({ code: "900", label: "Rejected", stage: "cancelled" });
    expect(adapter.availableActions(after).map((a) => a.lineId)).not.toContain(action?.lineId);
    expect(after.extras.cancellationPlans?.some((plan) => plan.lineIds.includes(action?.lineId ?? ""))).toBe(true);
    const posts = (await loggedRequests(sandbox())).filter((entry) => entry.path.endsWith("/reject/"));
    expect(posts.map((entry) => [entry.path, entry.status])).toEqual([
      [`/api/i1/order-items/${action?.lineId}/reject/`, 204],
    ]);
  });

  it("rejects with a long-lived access token as well", async () => {
    const before = await findOrder(hasStatus(["100", "200", "300"]));
    const lineId = adapter.availableActions(before)[0]?.lineId ?? "";
    const { conn, ctx } = connect(sandbox(), { credentials: TOKEN });
    const after = await performAndReread(conn, before.id, { type: "reject-item", lineId }, ctx);
    expect(after.lines.find((l) => l.id === lineId)?.status?.code).toBe("900");
  });

  it("surfaces the platform's refusal of a packaged item word for word", async () => {
    const order = await findOrder(hasStatus(["400", "500", "600"]));
    const line = order.lines.find((l) => ["400", "500", "600"].includes(l.status?.code ?? ""));
    expect(adapter.availableActions(order).map((a) => a.lineId)).not.toContain(line?.id);
    const { conn, ctx } = connect(sandbox());
    const error = await failure(performAndReread(conn, order.id, { type: "reject-item", lineId: line?.id ?? "" }, ctx));
    expect(error.kind).toBe("refused");
    expect(error.message).toBe("Packaged order items cannot be rejected.");
  });

  it("surfaces the refusal of an item already rejected", async () => {
    const order = await findOrder(hasStatus(["900"]));
    const line = order.lines.find((l) => l.status?.code === "900");
    const { conn, ctx } = connect(sandbox());
    const error = await failure(performAndReread(conn, order.id, { type: "reject-item", lineId: line?.id ?? "" }, ctx));
    expect(error.kind).toBe("refused");
    expect(error.message).toBe("Order item is already rejected.");
  });

  it("refuses an item of another order without calling the platform", async () => {
    const order = await findOrder(hasStatus(["100", "200", "300"]));
    const { conn, ctx } = connect(sandbox());
    await clearLog(sandbox());
    const lineId = "33a11761-43bc-41d4-8f7f-1e860028367b"; // the seed order's item
    const error = await failure(performAndReread(conn, order.id, { type: "reject-item", lineId }, ctx));
    expect(error.kind).toBe("not_found");
    expect((await loggedRequests(sandbox())).filter((entry) => entry.path.endsWith("/reject/"))).toEqual([]);
  });
});

describe("anything else", () => {
  it("is unsupported: Seller Center orders are read-only", async () => {
    const { conn, ctx } = connect(sandbox());
    for (const action of [
      { type: "cancel" },
      { type: "set-status", status: "500" },
      { type: "add-tracking", trackingNumber: "X1" },
    ] as const) {
      const error = await failure(performAndReread(conn, "e819386c-b406-43dc-86c9-212ff633afe2", action, ctx));
      expect(error.kind).toBe("unsupported");
    }
  });
});
