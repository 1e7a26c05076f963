import { describe, expect, it } from "vitest";
import { CREDENTIALS, client, FakeClock, PLATFORM, sellerCenterForTests } from "./test-client";

const clock = new FakeClock();
const { sandbox, api } = sellerCenterForTests({ clock, tokenTtlSeconds: 60 });

const login = (body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
  api.request("/api/i1/token/obtain/", { method: "POST", headers, body: JSON.stringify(body) });

describe("POST /api/i1/token/obtain/", () => {
  it("issues simplejwt access and refresh tokens for the demo email and password", async () => {
    const response = await login({ email: CREDENTIALS.email, password: CREDENTIALS.password });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access: string; refresh: string };
    expect(Object.keys(body).sort()).toEqual(["access", "refresh"]);
    expect(body.access.split(".")).toHaveLength(3);
    const claims = JSON.parse(Buffer.from(body.access.split(".")[1] ?? "", "base64url").toString());
    expect(claims).toMatchObject({ token_type: "access", user_id: 1 });
    expect(claims.exp - claims.iat).toBe(60);
    const orders = await client(api.base, body.access).request("/api/i1/orders/?limit=1");
    expect(orders.status).toBe(200);
  });

  it("refuses bad credentials with 401 and simplejwt's message", async () => {
    const response = await login({ email: CREDENTIALS.email, password: "wrong" });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ detail: "No active account found with the given credentials" });
  });

  it("validates the body like a DRF serializer", async () => {
    const missing = await login({ email: "" });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      email: ["This field may not be blank."],
      password: ["This field is required."],
    });
    const notJson = await api.request("/api/i1/token/obtain/", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { detail: string }).detail).toMatch(/^JSON parse error/);
  });

  it("requires a JSON content type (415) and POST (405 with Allow)", async () => {
    const form = await login("x", { "content-type": "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    expect(await form.json()).toEqual({
      detail: 'Unsupported media type "application/x-www-form-urlencoded" in request.',
    });
    const get = await api.request("/api/i1/token/obtain/", { headers: { "content-type": "application/json" } });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST, OPTIONS");
    expect(await get.json()).toEqual({ detail: 'Method "GET" not allowed.' });
  });
});

describe("Bearer authentication", () => {
  const withAuth = (authorization?: string) =>
    api.request("/api/i1/orders/", {
      headers: { "content-type": "application/json", ...(authorization === undefined ? {} : { authorization }) },
    });

  it("accepts the static long-lived access token", async () => {
    expect((await withAuth(`Bearer ${CREDENTIALS.accessToken}`)).status).toBe(200);
  });

  it("answers 401 'not provided' without credentials, or with another scheme or the seed's Authentication typo", async () => {
    for (const response of [
      await withAuth(),
      await withAuth(`Token ${CREDENTIALS.accessToken}`),
      await api.request("/api/i1/orders/", {
        headers: { "content-type": "application/json", authentication: `Bearer ${CREDENTIALS.accessToken}` },
      }),
    ]) {
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="api"');
      expect(await response.json()).toEqual({ detail: "Authentication credentials were not provided." });
    }
  });

  it("answers 401 token_not_valid for a forged token or a refresh token", async () => {
    const forged = await withAuth("Bearer eyJhbGciOiJIUzI1NiJ9.e30.bad");
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({
      detail: "Given token not valid for any token type",
      code: "token_not_valid",
      messages: [{ token_class: "AccessToken", token_type: "access", message: "Token is invalid" }],
    });
    const tokens = (await (await login({ email: CREDENTIALS.email, password: CREDENTIALS.password })).json()) as {
      refresh: string;
    };
    const wrongType = (await (await withAuth(`Bearer ${tokens.refresh}`)).json()) as {
      messages: { message: string }[];
    };
    expect(wrongType.messages[0]?.message).toBe("Token has wrong type");
    const twoValues = await withAuth("Bearer a b");
    expect(await twoValues.json()).toEqual({ detail: "Authorization header must contain two space-delimited values" });
  });

  it("expires access tokens after tokenTtlSeconds; the refresh route issues a new one", async () => {
    const tokens = (await (await login({ email: CREDENTIALS.email, password: CREDENTIALS.password })).json()) as {
      access: string;
      refresh: string;
    };
    clock.advance(59);
    expect((await withAuth(`Bearer ${tokens.access}`)).status).toBe(200);
    clock.advance(2);
    const expired = await withAuth(`Bearer ${tokens.access}`);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({
      code: "token_not_valid",
      messages: [{ message: "Token is expired" }],
    });
    expect((await withAuth(`Bearer ${CREDENTIALS.accessToken}`)).status).toBe(200);
    const refreshed = await api.request("/api/i1/token/refresh/", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ refresh: tokens.refresh }),
    });
    const { access } = (await refreshed.json()) as { access: string };
    expect((await withAuth(`Bearer ${access}`)).status).toBe(200);
  });
});

describe("headers and routing, in Django/DRF's order", () => {
  it("requires Content-Type: application/json even on GET (415, DRF wording)", async () => {
    const missing = await api.request("/api/i1/orders/", {
      headers: { authorization: `Bearer ${CREDENTIALS.accessToken}` },
    });
    expect(missing.status).toBe(415);
    expect(await missing.json()).toEqual({ detail: 'Unsupported media type "" in request.' });
    const text = await api.request("/api/i1/order-items/", { headers: api.headers({ "content-type": "text/plain" }) });
    expect(await text.json()).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });
    const charset = await api.request("/api/i1/order-items/", {
      headers: api.headers({ "content-type": "application/json; charset=utf-8" }),
    });
    expect(charset.status).toBe(200);
  });

  it("answers 406 to an Accept header without JSON, before authenticating", async () => {
    const response = await api.request("/api/i1/cancellation-plans/", {
      headers: { accept: "text/html", "content-type": "application/json" },
    });
    expect(response.status).toBe(406);
    expect(await response.json()).toEqual({ detail: "Could not satisfy the request Accept header." });
    const wildcard = await api.request("/api/i1/cancellation-plans/", {
      headers: api.headers({ accept: "text/html, */*;q=0.8" }),
    });
    expect(wildcard.status).toBe(200);
  });

  it("authenticates before checking the content type, and both before the method", async () => {
    const anonymous = await api.request("/api/i1/orders/", {
      method: "PATCH",
      headers: { "content-type": "text/plain" },
    });
    expect(anonymous.status).toBe(401);
    const patch = await api.request("/api/i1/orders/", { method: "PATCH", headers: api.headers() });
    expect(patch.status).toBe(405);
    expect(patch.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await patch.json()).toEqual({ detail: 'Method "PATCH" not allowed.' });
  });

  it("serves Django's HTML 404 for unknown URLs and redirects a missing trailing slash", async () => {
    const unknown = await api.request("/api/i1/packages/");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await unknown.text()).toContain("<h1>Not Found</h1>");
    const noSlash = await api.request("/api/i1/orders?limit=1");
    expect(noSlash.status).toBe(301);
    expect(noSlash.headers.get("location")).toBe(`${sandbox.baseUrl(PLATFORM)}/api/i1/orders/?limit=1`);
  });
});
