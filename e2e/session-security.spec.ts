// The security review's findings on sessions, as a browser and an attacker meet them on the production build:
// a cookie saved before signing out is dead afterwards, /login never sends a signed-in user to another host,
// and X-Forwarded-For cannot choose the IP the audit log records. Nothing here fails a sign-in, so the
// per-IP throttle the throttle project relies on is untouched.
import { expect, request, test } from "@playwright/test";
import { E2E } from "./env";
import { createUser, signedInContext, uniqueEmail } from "./support/api";
import { signedInPage } from "./support/ui";

test("signing out ends the session on the server: a cookie saved before is refused afterwards", async ({ browser }) => {
  const admin = await signedInContext(E2E.admin.email, E2E.admin.password);
  const email = uniqueEmail("leaver");
  await createUser(admin, { email, name: "Lee Leaver", role: "manager", password: "leaver-password-1" });
  await admin.dispose();

  const { context, page } = await signedInPage(browser, email, "leaver-password-1");
  const saved = await context.storageState();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await request.newContext({ baseURL: E2E.baseUrl, storageState: saved });
  expect((await replay.get("/api/me")).status()).toBe(401);
  // next-auth's own session read neither answers nor renews it.
  const session = await replay.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  await replay.dispose();

  const replayed = await browser.newContext({ storageState: saved });
  const again = await replayed.newPage();
  await again.goto("/orders");
  await expect(again).toHaveURL(/\/login\?callbackUrl=/);
  await replayed.close();
  await context.close();
});

test("signing out through next-auth's endpoint also ends a copy of the cookie", async () => {
  const context = await signedInContext(E2E.admin.email, E2E.admin.password);
  const saved = await context.storageState();
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const out = await context.post("/api/auth/signout", {
    form: { csrfToken, callbackUrl: `${E2E.baseUrl}/login`, json: "true" },
  });
  expect(out.status()).toBe(200);
  const replay = await request.newContext({ baseURL: E2E.baseUrl, storageState: saved });
  expect((await replay.get("/api/me")).status()).toBe(401);
  await replay.dispose();
  await context.dispose();
});

test.describe("after signing in, /login only ever sends a signed-in user to one of our pages", () => {
  const hostile = [
    "/%09/evil.example",
    "/%0D%0A/evil.example",
    "/%0A/evil.example",
    "/%5C/evil.example",
    "%5C%5Cevil.example",
    "//evil.example",
    "/.//evil.example",
    "/orders/..//evil.example",
    "https://evil.example/orders",
    "javascript:alert(document.domain)",
  ];
  for (const callback of hostile) {
    test(`callbackUrl=${callback} → /orders`, async () => {
      const context = await signedInContext(E2E.admin.email, E2E.admin.password);
      const response = await context.get(`/login?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toBe("/orders");
      await context.dispose();
    });
  }

  test("a page of ours is kept, query and all", async () => {
    const context = await signedInContext(E2E.admin.email, E2E.admin.password);
    const response = await context.get(`/login?callbackUrl=${encodeURIComponent("/connections?x=1")}`, {
      maxRedirects: 0,
    });
    expect(response.headers().location).toBe("/connections?x=1");
    await context.dispose();
  });
});

test("a forged X-Forwarded-For does not choose the IP the audit log records", async () => {
  const forged = await request.newContext({
    baseURL: E2E.baseUrl,
    extraHTTPHeaders: { origin: E2E.baseUrl, "x-forwarded-for": "203.0.113.66", "x-real-ip": "203.0.113.66" },
  });
  const { csrfToken } = (await (await forged.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = await forged.post("/api/auth/callback/credentials", {
    form: {
      csrfToken,
      email: E2E.admin.email,
      password: E2E.admin.password,
      json: "true",
      callbackUrl: `${E2E.baseUrl}/orders`,
    },
    maxRedirects: 0,
  });
  expect(signIn.status()).toBeLessThan(400);
  const audit = await forged.get("/api/audit?action=auth.sign_in&limit=1");
  const [event] = ((await audit.json()) as { events: { outcome: string; ip: string | null }[] }).events;
  expect(event).toMatchObject({ outcome: "success", ip: "127.0.0.1" });
  await forged.dispose();
});
