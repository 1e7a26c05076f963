// An accepted write is final: when the platform took the change but re-reading the order fails, the action
// answers "done, not re-read", stores that with its Idempotency-Key, and a retry never sends the write again.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionInput } from "../domain/action";
import { orderListQuery } from "../domain/query";
import type { SandboxPlatformId } from "../sandbox/platforms";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import { performAction } from "./actions";
import { getOrderDetail } from "./order-detail";
import { listOrdersLive } from "./live-list";

let fixture: SandboxConnections;

beforeAll(async () => {
  fixture = await setUpSandboxConnections(12);
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

beforeEach(() => {
  fixture.sandbox.clearFaults();
  fixture.sandbox.log.clear();
});

async function firstOrder(platform: SandboxPlatformId, offering: ActionInput["type"]): Promise<string> {
  const connectionId = fixture.ids[platform];
  const page = await listOrdersLive(fixture.handle.db, orderListQuery.parse({ connection: connectionId, limit: "12" }));
  for (const order of page.orders) {
    const { actions } = await getOrderDetail(fixture.handle.db, connectionId, order.id);
    if (actions.some((action) => action.type === offering)) return order.id;
  }
  throw new Error(`no ${platform} order offers ${offering}`);
}

/** The platform's writes to orders (a login is a POST too, but writes nothing). */
const writes = (platform: SandboxPlatformId) =>
  fixture.sandbox.log.list({ platform }).filter((entry) => entry.method !== "GET" && !/login|token/.test(entry.path));

const cases: { platform: SandboxPlatformId; input: ActionInput; reread: (orderId: string) => string }[] = [
  {
    platform: "retailys",
    input: { type: "add-tracking", trackingNumber: "DPD-0001-REPEAT", carrier: "1" },
    reread: (id) => `GET /System/Orders/${id}`,
  },
  {
    platform: "akinon-omnitron",
    input: { type: "mark-exported" },
    reread: () => "GET /api/i1/orders/",
  },
];

describe("an accepted write whose re-read fails", () => {
  for (const { platform, input, reread } of cases) {
    it(`${platform}: ${input.type} answers done, and a retry with the same key writes nothing`, async () => {
      const orderId = await firstOrder(platform, input.type);
      const request = { connectionId: fixture.ids[platform], orderId, input, idempotencyKey: `reread-${platform}` };
      fixture.sandbox.setFaults(platform, { failPaths: [reread(orderId)] });

      const first = await performAction(fixture.handle.db, fixture.admin, request, "::1");
      if (!first.ok) throw first.error;
      expect(first.result.order).toBeNull();
      expect(first.result.notice).toMatch(/accepted the change, but the order could not be re-read/);
      expect(writes(platform)).toHaveLength(1);

      for (let retry = 0; retry < 2; retry++) {
        const again = await performAction(fixture.handle.db, fixture.admin, request, "::1");
        expect(again).toMatchObject({ ok: true, result: first.result, replayed: true });
      }
      fixture.sandbox.clearFaults();
      const healed = await performAction(fixture.handle.db, fixture.admin, request, "::1");
      expect(healed.replayed).toBe(true);
      expect(writes(platform)).toHaveLength(1);

      const { order } = await getOrderDetail(fixture.handle.db, fixture.ids[platform], orderId);
      if (input.type === "add-tracking") {
        expect(order.shipping.tracking.filter((t) => t.number === input.trackingNumber)).toHaveLength(1);
      } else {
        expect(order.extras.sentToErp).toBe(true);
      }
    });
  }
});
