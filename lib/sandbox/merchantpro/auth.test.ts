import { describe, expect, it } from "vitest";
import { SANDBOX_CREDENTIALS } from "../credentials";
import { merchantProForTests } from "./test-helpers";

const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`;
const { apiKey } = SANDBOX_CREDENTIALS.merchantpro;

describe("merchantpro auth (HTTP Basic, 401 then 403 after repeated failures)", () => {
  let now = Date.parse("2026-03-15T09:00:00Z");
  const mp = merchantProForTests({ clock: () => now });

  it("accepts the demo key and secret", async () => {
    const reply = await mp.get("/api/v2/orders?limit=1");
    expect(reply.status).toBe(200);
    expect(reply.body.data).toHaveLength(1);
  });

  it("answers 401 without credentials, with a Basic challenge and the JSON error shape", async () => {
    const reply = await mp.request("GET", "/api/v2/orders", { headers: { authorization: "" } });
    expect(reply.status).toBe(401);
    expect(reply.headers.get("www-authenticate")).toMatch(/^Basic/);
    expect(reply.body).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
  });

  it.each([
    ["a wrong secret", basic(apiKey, "nope"), "10.1.0.1"],
    ["a wrong key", basic("someone", "mp-sandbox-secret-94de"), "10.1.0.2"],
    ["a Bearer token", "Bearer mp-sandbox-key-2b81", "10.1.0.3"],
    ["garbage", "Basic !!!", "10.1.0.4"],
  ])("answers 401 to %s", async (_label, authorization, client) => {
    const reply = await mp.request("GET", "/api/v2/orders/12345001", {
      headers: { authorization, "x-forwarded-for": client },
    });
    expect(reply.status).toBe(401);
    expect(reply.body.error.code).toBe("unauthorized");
  });

  it("locks a client out with 403 after 5 bad attempts in 15 minutes, then lets it back in", async () => {
    const from = { "x-forwarded-for": "10.9.9.9" };
    for (let i = 0; i < 5; i++) {
      const bad = await mp.request("GET", "/api/v2/orders", {
        headers: { ...from, authorization: basic(apiKey, "bad") },
      });
      expect(bad.status).toBe(401);
    }
    const locked = await mp.request("GET", "/api/v2/orders", { headers: from });
    expect(locked.status).toBe(403);
    expect(locked.body.error.code).toBe("forbidden");
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another client is not affected.
    expect(
      (await mp.request("GET", "/api/v2/orders?limit=1", { headers: { "x-forwarded-for": "10.9.9.8" } })).status,
    ).toBe(200);
    now += 14 * 60_000;
    expect((await mp.request("GET", "/api/v2/orders", { headers: from })).status).toBe(403);
    now += 60_000 + 1000;
    expect((await mp.request("GET", "/api/v2/orders?limit=1", { headers: from })).status).toBe(200);
  });

  it("renders an injected server error in its own JSON error shape", async () => {
    const control = `${mp.sandbox.url}/_sandbox/faults/merchantpro`;
    const put = await fetch(control, { method: "PUT", body: JSON.stringify({ errorRate: 1 }) });
    expect(put.status).toBe(200);
    const reply = await mp.get("/api/v2/orders");
    expect(reply.status).toBe(500);
    expect(reply.body).toEqual({ error: { code: "internal_error", message: "Internal Server Error" } });
    await fetch(control, { method: "DELETE" });
    expect((await mp.get("/api/v2/orders?limit=1")).status).toBe(200);
  });

  it("answers 404 for paths outside the orders API and 405 for a wrong method", async () => {
    expect((await mp.get("/api/v2/products")).status).toBe(404);
    const wrong = await mp.request("PUT", "/api/v2/orders");
    expect(wrong.status).toBe(405);
    expect(wrong.body.error.code).toBe("method_not_allowed");
    expect(wrong.headers.get("allow")).toBe("GET, POST");
  });
});
