import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { CREDENTIALS, JSON_HEADERS, loginKey, omnitronForTests, startClient } from "./test-helpers";

const client = omnitronForTests();

const post = (path: string, body: unknown, headers: Record<string, string> = JSON_HEADERS) =>
  fetch(`${client.base}${path}`, { method: "POST", headers, body: JSON.stringify(body) });

describe("login: POST /api/i1/auth/login/", () => {
  it("answers a 40-hex key for the demo credentials", async () => {
    const response = await post("/api/i1/auth/login/", {
      username: CREDENTIALS.username,
      password: CREDENTIALS.password,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { key: string };
    expect(Object.keys(body)).toEqual(["key"]);
    expect(body.key).toMatch(/^[0-9a-f]{40}$/);
  });

  it("refuses a wrong password with DRF's non_field_errors", async () => {
    const response = await post("/api/i1/auth/login/", { username: CREDENTIALS.username, password: "nope" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ non_field_errors: ["Unable to log in with provided credentials."] });
  });

  it("refuses a missing password and a missing username field by field", async () => {
    const noPassword = await post("/api/i1/auth/login/", { username: CREDENTIALS.username });
    expect(noPassword.status).toBe(400);
    expect(await noPassword.json()).toEqual({ password: ["This field is required."] });
    const noUser = await post("/api/i1/auth/login/", { password: CREDENTIALS.password });
    expect(await noUser.json()).toEqual({ non_field_errors: ['Must include "username" and "password".'] });
  });

  it("needs the JSON Content-Type like every other call (415)", async () => {
    const body = { username: CREDENTIALS.username, password: CREDENTIALS.password };
    const response = await post("/api/i1/auth/login/", body, { "content-type": "text/plain" });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });
  });
});

describe("Token authentication", () => {
  const get = (headers: Record<string, string>) => fetch(`${client.base}/api/i1/orders/`, { headers });

  it("accepts Authorization: Token <key>", async () => {
    const response = await get({ ...JSON_HEADERS, authorization: `Token ${client.token}` });
    expect(response.status).toBe(200);
  });

  it("answers 401 'not provided' without a header or with another scheme", async () => {
    for (const headers of [JSON_HEADERS, { ...JSON_HEADERS, authorization: `Bearer ${client.token}` }]) {
      const response = await get(headers);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe("Token");
      expect(await response.json()).toEqual({ detail: "Authentication credentials were not provided." });
    }
  });

  it("answers 401 'Invalid token.' for an unknown key, and DRF's header messages for malformed ones", async () => {
    const unknown = await get({ ...JSON_HEADERS, authorization: "Token 0123456789abcdef0123456789abcdef01234567" });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual({ detail: "Invalid token." });
    const empty = await get({ ...JSON_HEADERS, authorization: "Token" });
    expect(await empty.json()).toEqual({ detail: "Invalid token header. No credentials provided." });
    const spaced = await get({ ...JSON_HEADERS, authorization: "Token a b" });
    expect(await spaced.json()).toEqual({ detail: "Invalid token header. Token string should not contain spaces." });
  });

  it("answers 415 on a GET without Content-Type, before looking at the token", async () => {
    const response = await get({ authorization: `Token ${client.token}` });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ detail: 'Unsupported media type "" in request.' });
  });

  it("expires keys after tokenTtlSeconds with 401 'Invalid token.'", async () => {
    const short = await startClient({ tokenTtlSeconds: 1 });
    try {
      const key = await loginKey(short.base);
      const headers = { ...JSON_HEADERS, authorization: `Token ${key}` };
      expect((await fetch(`${short.base}/api/i1/orders/`, { headers })).status).toBe(200);
      await sleep(1100);
      const expired = await fetch(`${short.base}/api/i1/orders/`, { headers });
      expect(expired.status).toBe(401);
      expect(await expired.json()).toEqual({ detail: "Invalid token." });
      const fresh = await loginKey(short.base);
      const again = await fetch(`${short.base}/api/i1/orders/`, {
        headers: { ...headers, authorization: `Token ${fresh}` },
      });
      expect(again.status).toBe(200);
    } finally {
      await short.sandbox.stop();
    }
  });
});

describe("Django-level answers", () => {
  it("gives Django's HTML 404 for an unknown URL", async () => {
    const response = await client.call("GET", "/api/i1/nothing-here/");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("<h1>Not Found</h1>");
  });

  it("redirects a URL without its trailing slash (APPEND_SLASH), keeping the query", async () => {
    const response = await fetch(`${client.base}/api/i1/orders?status=400`, {
      headers: JSON_HEADERS,
      redirect: "manual",
    });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe(`${client.base}/api/i1/orders/?status=400`);
  });

  it("answers 405 in DRF's words for a method the route lacks", async () => {
    const response = await client.call("DELETE", "/api/i1/orders/1/");
    expect(response.status).toBe(405);
    expect(await response.json()).toEqual({ detail: 'Method "DELETE" not allowed.' });
  });

  it("answers 404 'Not found.' for an order id that does not exist", async () => {
    for (const path of ["/api/i1/orders/999999/", "/api/i1/orders/abc/", "/api/v1/order_items/999999/"]) {
      const response = await client.call("GET", path);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ detail: "Not found." });
    }
  });
});

describe("faults through the core", () => {
  it("renders a 500 as Django's HTML server error page", async () => {
    const put = await fetch(`${client.sandbox.url}/_sandbox/faults/akinon-omnitron`, {
      method: "PUT",
      headers: JSON_HEADERS,
      body: JSON.stringify({ errorRate: 1 }),
    });
    expect(put.status).toBe(200);
    try {
      const response = await client.call("GET", "/api/i1/orders/");
      expect(response.status).toBe(500);
      expect(response.headers.get("content-type")).toContain("text/html");
      const html = await response.text();
      expect(html).toContain("<title>Server Error (500)</title>");
      expect(html).toContain("<h1>Server Error (500)</h1>");
    } finally {
      await fetch(`${client.sandbox.url}/_sandbox/faults/akinon-omnitron`, { method: "DELETE" });
    }
  });

  it("renders a 429 as DRF's throttle message", async () => {
    await fetch(`${client.sandbox.url}/_sandbox/faults/akinon-omnitron`, {
      method: "PUT",
      headers: JSON_HEADERS,
      body: JSON.stringify({ rateLimitPerSecond: 1 }),
    });
    try {
      await client.call("GET", "/api/i1/orders/");
      const response = await client.call("GET", "/api/i1/orders/");
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after")).toBe("1");
      expect(await response.json()).toEqual({ detail: "Request was throttled. Expected available in 1 second." });
    } finally {
      await fetch(`${client.sandbox.url}/_sandbox/faults/akinon-omnitron`, { method: "DELETE" });
    }
  });
});
