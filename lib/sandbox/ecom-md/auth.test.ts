// Authentication (two tokens), URL resolution and the platform's error pages, over real HTTP.
import { describe, expect, it } from "vitest";
import { API, ecomMdForTests, SITE } from "./test-helpers";

const { sandbox, base } = ecomMdForTests();

const ORDER_PATHS = [
  "/external/external-order/",
  "/external/external-order/294",
  "/external/external-order/294/",
  "/external/external-order/294/address/",
  "/external/promocode/",
];
const CATALOGUE_PATHS = [
  "/external/shop/",
  "/external/shop/?group=1",
  "/external/region/",
  "/external/region/101/locality/",
  "/external/sector/",
  "/external/product/?search=104392",
];

describe("ecom-md auth", () => {
  it.each(ORDER_PATHS)("order endpoint %s takes API-Token and nothing else", async (path) => {
    expect((await fetch(`${base()}${path}`, { headers: API })).status).toBe(200);
    const missing = await fetch(`${base()}${path}`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe("API-Token");
    expect(await missing.json()).toEqual({ detail: "Authentication credentials were not provided." });
    const wrong = await fetch(`${base()}${path}`, { headers: { "API-Token": "nope" } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ detail: "Invalid token." });
    // The site token is the wrong kind of credential here: it counts as none.
    const siteOnly = await fetch(`${base()}${path}`, { headers: SITE });
    expect(siteOnly.status).toBe(401);
    expect(await siteOnly.json()).toEqual({ detail: "Authentication credentials were not provided." });
  });

  it.each(CATALOGUE_PATHS)("catalogue endpoint %s takes the site token and nothing else", async (path) => {
    expect((await fetch(`${base()}${path}`, { headers: SITE })).status).toBe(200);
    const missing = await fetch(`${base()}${path}`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ detail: "Authentication credentials were not provided." });
    const wrong = await fetch(`${base()}${path}`, { headers: { token: API["API-Token"] } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ detail: "Invalid token." });
    const apiOnly = await fetch(`${base()}${path}`, { headers: API });
    expect(apiOnly.status).toBe(401);
    expect(await apiOnly.json()).toEqual({ detail: "Authentication credentials were not provided." });
  });

  it("upsert and item delete are refused without the API token", async () => {
    const upsert = await fetch(`${base()}/external/external-order/`, {
      method: "POST",
      headers: { ...SITE, "Content-Type": "application/json" },
      body: "[]",
    });
    expect(upsert.status).toBe(401);
    const del = await fetch(`${base()}/external/external-order-item/12/`, {
      method: "DELETE",
      headers: { "API-Token": "x" },
    });
    expect(del.status).toBe(401);
    expect(await del.json()).toEqual({ detail: "Invalid token." });
  });
});

describe("ecom-md URLs and error pages", () => {
  it("an unknown URL is Django's HTML 404; an unknown order is DRF's JSON 404", async () => {
    const unknown = await fetch(`${base()}/external/orders/`, { headers: API });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toContain("text/html");
    expect(await unknown.text()).toContain("<h1>Not Found</h1>");
    const missing = await fetch(`${base()}/external/external-order/999999/`, { headers: API });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: "Not found." });
  });

  it("a list path without its trailing slash is redirected (APPEND_SLASH), keeping the query", async () => {
    const res = await fetch(`${base()}/external/external-order?status=new`, { headers: API, redirect: "manual" });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe(`${base()}/external/external-order/?status=new`);
    const followed = await fetch(`${base()}/external/external-order?status=new`, { headers: API });
    expect(followed.status).toBe(200);
  });

  it("a method the endpoint lacks is DRF's 405", async () => {
    const res = await fetch(`${base()}/external/external-order/294/`, { method: "PUT", headers: API });
    expect(res.status).toBe(405);
    expect(await res.json()).toEqual({ detail: 'Method "PUT" not allowed.' });
  });

  it("an injected server error is Django's HTML 500 page; throttling is DRF's 429", async () => {
    const put = (body: unknown) =>
      fetch(`${sandbox.url}/_sandbox/faults/ecom-md`, { method: "PUT", body: JSON.stringify(body) });
    expect((await put({ errorRate: 1 })).status).toBe(200);
    const failed = await fetch(`${base()}/external/external-order/`, { headers: API });
    expect(failed.status).toBe(500);
    expect(failed.headers.get("content-type")).toContain("text/html");
    expect(await failed.text()).toContain("<title>Server Error (500)</title>");

    await put({ rateLimitPerSecond: 1 });
    await fetch(`${base()}/external/sector/`, { headers: SITE });
    const limited = await fetch(`${base()}/external/sector/`, { headers: SITE });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(await limited.json()).toEqual({ detail: "Request was throttled. Expected available in 1 second." });
    await fetch(`${sandbox.url}/_sandbox/faults/ecom-md`, { method: "DELETE" });
    expect((await fetch(`${base()}/external/sector/`, { headers: SITE })).status).toBe(200);
  });
});
