// Auth, routing errors and the core's faults, as Retailys answers them ({message, detail}).
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { startTestSandbox } from "../testing";
import { createRetailysSandbox } from "./index";
import { type OrderPage, retailysClient, retailysForTests } from "./test-client";

const { sandbox, call } = retailysForTests();

describe("auth: the `token` header", () => {
  it("accepts the demo key", async () => {
    const reply = await call<OrderPage>("GET", "/v1/System/Orders");
    expect(reply.status).toBe(200);
    expect(reply.body.orders).toHaveLength(10);
  });

  it.each([
    ["missing", {}],
    ["empty", { token: "" }],
    ["wrong", { token: "not-the-key" }],
    ["sent as a bearer token", { authorization: "Bearer retailys-sandbox-token-c3f5" }],
  ])("refuses a %s key with 401 {message, detail}", async (_case, headers) => {
    const reply = await call("GET", "/v1/System/Orders", undefined, headers);
    expect(reply.status).toBe(401);
    expect(Object.keys(reply.body).sort()).toEqual(["detail", "message"]);
    expect(reply.body.message).toBe("Unauthorized.");
  });

  it("checks the key before anything else (writes, unknown routes)", async () => {
    expect((await call("PATCH", "/v1/System/Orders/100002/cancel", undefined, {})).status).toBe(401);
    expect((await call("GET", "/v1/Nothing", undefined, {})).status).toBe(401);
  });

  it("never expires the API key (Retailys has no login flow, so tokenTtlSeconds does not apply)", async () => {
    const short = await startTestSandbox({
      factories: { retailys: createRetailysSandbox },
      count: 5,
      tokenTtlSeconds: 1,
    });
    try {
      const shortCall = retailysClient(short.baseUrl("retailys"));
      await sleep(1_100);
      expect((await shortCall("GET", "/v1/System/Orders")).status).toBe(200);
    } finally {
      await short.stop();
    }
  });
});

describe("routing", () => {
  it("serves the paths under /v1/System/Orders only", async () => {
    const reply = await call("GET", "/System/Orders");
    expect(reply.status).toBe(404);
    expect(reply.body.message).toBe("Not found.");
    expect((await call("GET", "/v1/System/OrdersX")).status).toBe(404);
  });

  it("treats /Statuses as a route, not an order id; other non-numeric ids are unknown orders", async () => {
    expect((await call("GET", "/v1/System/Orders/Statuses")).status).toBe(200);
    const reply = await call("GET", "/v1/System/Orders/abc");
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({
      message: "Order abc not found.",
      detail: "No order with id abc exists in this instance.",
    });
  });

  it("answers 404 for an unknown order on every order route", async () => {
    for (const [method, path] of [
      ["GET", "/v1/System/Orders/99"],
      ["PATCH", "/v1/System/Orders/99/sent"],
      ["PATCH", "/v1/System/Orders/99/status"],
      ["POST", "/v1/System/Orders/99/history"],
      ["DELETE", "/v1/System/Orders/99/item/1"],
    ] as const) {
      const reply = await call(method, path, method === "GET" || method === "DELETE" ? undefined : {});
      expect(reply.status, `${method} ${path}`).toBe(404);
      expect(reply.body.message).toBe("Order 99 not found.");
    }
  });

  it("answers 405 for a known path with the wrong method", async () => {
    const reply = await call("DELETE", "/v1/System/Orders/100001");
    expect(reply.status).toBe(405);
    expect(reply.body.message).toBe("Method not allowed.");
  });

  it("answers 400 for a body that is not JSON", async () => {
    const reply = await call("PATCH", "/v1/System/Orders/100002/status", "{statusId: 2");
    expect(reply.status).toBe(400);
    expect(reply.body.message).toBe("Malformed JSON body.");
  });
});

describe("faults through the core", () => {
  it("renders a 500 as {message, detail}", async () => {
    await fetch(`${sandbox().url}/_sandbox/faults/retailys`, { method: "PUT", body: JSON.stringify({ errorRate: 1 }) });
    try {
      const reply = await call("GET", "/v1/System/Orders");
      expect(reply.status).toBe(500);
      expect(reply.body).toEqual({
        message: "Internal Server Error",
        detail: "The server encountered an unexpected condition. Try again later.",
      });
    } finally {
      await fetch(`${sandbox().url}/_sandbox/faults/retailys`, { method: "DELETE" });
    }
  });

  it("renders a 429 as {message, detail} with Retry-After", async () => {
    await fetch(`${sandbox().url}/_sandbox/faults/retailys`, {
      method: "PUT",
      body: JSON.stringify({ rateLimitPerSecond: 2 }),
    });
    try {
      const replies = [];
      for (let i = 0; i < 3; i++) replies.push(await call("GET", "/v1/System/Orders/Statuses"));
      const limited = replies[2]!;
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("1");
      expect(limited.body.message).toBe("Too many requests.");
      expect(typeof limited.body.detail).toBe("string");
    } finally {
      await fetch(`${sandbox().url}/_sandbox/faults/retailys`, { method: "DELETE" });
    }
  });

  it("applies the documented 100 requests/s by default", async () => {
    const control = (await (await fetch(`${sandbox().url}/_sandbox`)).json()) as {
      platforms: { retailys: { orders: number; faults: { rateLimitPerSecond: number } } };
    };
    expect(control.platforms.retailys.faults.rateLimitPerSecond).toBe(100);
    expect(control.platforms.retailys.orders).toBe(62);
  });
});
