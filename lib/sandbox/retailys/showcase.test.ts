// The fixed showcase orders answer exactly as their JSON files, and the instance's statuses endpoint.
import { describe, expect, it } from "vitest";
import { SHOWCASE_PAYLOADS } from "./showcase";
import { allOrders, retailysForTests } from "./test-client";

const { call } = retailysForTests();

/** The same order without expanded=true: channel as {id, apiLink}, no history. */
function collapsed(payload: (typeof SHOWCASE_PAYLOADS)[number]) {
  const { history: _history, ...rest } = payload;
  return { ...rest, channel: { id: payload.channel.id, apiLink: payload.channel.apiLink } };
}

describe.each(SHOWCASE_PAYLOADS.map((payload) => [payload.id, payload] as const))(
  "showcase order %i",
  (id, payload) => {
    it("GET ?expanded=true equals the JSON file field by field", async () => {
      const reply = await call<unknown>("GET", `/v1/System/Orders/${id}?expanded=true`);
      expect(reply.status).toBe(200);
      expect(reply.body).toStrictEqual(payload);
    });

    it("GET without expanded collapses the channel and leaves out the history", async () => {
      const reply = await call<unknown>("GET", `/v1/System/Orders/${id}`);
      expect(reply.body).toStrictEqual(collapsed(payload));
    });

    it("appears in the list exactly as on its own", async () => {
      const listed = (await allOrders(call)).find((order) => order.id === id);
      expect(listed).toStrictEqual(collapsed(payload));
    });
  },
);

describe("showcase orders", () => {
  it("are the lowest ids and the oldest orders (last on the newest-first list)", async () => {
    const orders = await allOrders(call);
    expect(orders.slice(-2).map((o) => o.id)).toEqual([100002, 100001]);
    expect(Math.min(...orders.map((o) => o.id))).toBe(100001);
  });
});

describe("GET /v1/System/Orders/Statuses", () => {
  it("lists the instance's statuses in the paginator envelope", async () => {
    const reply = await call<{ paginator: unknown; statuses: Record<string, unknown>[] }>(
      "GET",
      "/v1/System/Orders/Statuses",
    );
    expect(reply.status).toBe(200);
    expect(reply.body.paginator).toEqual({ page: 1, perPage: 10, pages: 1, total: 10 });
    const names = reply.body.statuses.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(["Nová", "Přijatá", "Vyřizuje se", "Odeslána", "Vyřízena", "Stornována"]),
    );
    for (const status of reply.body.statuses)
      expect(Object.keys(status).sort()).toEqual([
        "cancelOrder",
        "color",
        "completeOrder",
        "icon",
        "id",
        "name",
        "sort",
      ]);
    expect(reply.body.statuses.filter((s) => s.completeOrder).map((s) => s.name)).toEqual(["Vyřízena"]);
    expect(reply.body.statuses.filter((s) => s.cancelOrder).map((s) => s.name)).toEqual(["Stornována", "Vrácena"]);
  });

  it("honours the paging parameters", async () => {
    expect((await call("GET", "/v1/System/Orders/Statuses?per_page=5")).status).toBe(400);
    const reply = await call<{ statuses: unknown[] }>("GET", "/v1/System/Orders/Statuses?page=2");
    expect(reply.body.statuses).toEqual([]);
  });
});
