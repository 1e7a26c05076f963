// HTTP helpers for specs that talk to the API directly, as a script or integration would.
import { type APIRequestContext, expect, request } from "@playwright/test";
import { E2E } from "../env";

/** A request context signed in through next-auth's own endpoints (CSRF token, then the credentials callback).
 *  `checkSession: false` skips asking /api/me (which answers 403 while a password change is forced). */
export async function signedInContext(
  email: string,
  password: string,
  { checkSession = true } = {},
): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: E2E.baseUrl, extraHTTPHeaders: { origin: E2E.baseUrl } });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: `${E2E.baseUrl}/orders` },
    maxRedirects: 0,
  });
  expect(response.status(), await response.text()).toBeLessThan(400);
  if (!checkSession) return context;
  const me = await context.get("/api/me");
  expect(me.status(), `sign-in as ${email} should open a session`).toBe(200);
  return context;
}

/** A plain HTTP client with nothing but a bearer token — no cookies, no browser. */
export async function bearerContext(token: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL: E2E.baseUrl, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
}

export async function createToken(context: APIRequestContext, name = "e2e"): Promise<{ token: string; id: string }> {
  const response = await context.post("/api/tokens", { data: { name } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { token: string; summary: { id: string } };
  return { token: body.token, id: body.summary.id };
}

/** Creates a user through the API (as an admin context) and returns its id; the email is made unique. */
export async function createUser(
  admin: APIRequestContext,
  user: { email: string; name: string; role: "admin" | "manager" | "fulfillment"; password: string },
): Promise<string> {
  const response = await admin.post("/api/users", { data: user });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { user: { id: string } }).user.id;
}

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}@e2e.test`;
}
