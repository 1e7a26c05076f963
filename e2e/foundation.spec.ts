// The foundation as people use it: the admin signs in and adds a fulfillment user; that user sees and may do
// only what the role allows; deactivation ends their open session; an API token works with a plain HTTP
// client until revoked; the audit log shows each of these events.
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { E2E } from "./env";
import { bearerContext } from "./support/api";
import { signedInPage } from "./support/ui";

test.describe.configure({ mode: "serial" });

// Unique per run, so a rerun against the same data directory finds only this run's Sam.
const run = Date.now().toString(36);
const staff = { email: `sam-${run}@e2e.test`, name: `Sam Fulfillment ${run}`, password: "sam-initial-password" };
let admin: { context: BrowserContext; page: Page };
let sam: { context: BrowserContext; page: Page };

test.beforeAll(async ({ browser }) => {
  admin = await signedInPage(browser, E2E.admin.email, E2E.admin.password);
});
test.afterAll(async () => {
  await sam?.context.close();
  await admin?.context.close();
});

test("the admin sees the whole shell and adds a fulfillment user", async () => {
  const { page } = admin;
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const item of ["Orders", "Connections", "Users", "Audit log"])
    await expect(nav.getByRole("link", { name: item })).toBeVisible();
  await expect(page.getByText("Administrator")).toBeVisible();

  await nav.getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveTitle(/Users · Orderdeck/);
  await page.getByRole("button", { name: "Add user" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email").fill(staff.email);
  await dialog.getByLabel("Name").fill(staff.name);
  await dialog.getByLabel("Role").selectOption("fulfillment");
  await dialog.getByLabel("Initial password").fill(staff.password);
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row", { name: new RegExp(staff.name) })).toBeVisible();
});

test("on a narrow screen the menu opens as a drawer, navigates and closes", async () => {
  const { page } = admin;
  await page.setViewportSize({ width: 390, height: 800 });
  try {
    await page.goto("/orders");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await page.getByRole("button", { name: "Open menu" }).click();
    const drawer = page.getByRole("dialog", { name: "Menu" });
    await drawer.getByRole("link", { name: "Connections" }).click();
    await expect(page).toHaveURL(/\/connections/);
    await expect(drawer).toBeHidden();
    await page.getByRole("button", { name: "Open menu" }).click();
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    await expect(page.getByRole("button", { name: "Open menu" })).toBeFocused();
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test("a fulfillment user sees no Users entry and is refused the users page and API", async ({ browser }) => {
  sam = await signedInPage(browser, staff.email, staff.password);
  const nav = sam.page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Orders" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);

  const response = await sam.page.goto("/users");
  expect(response?.status()).toBe(403);
  await expect(sam.page.getByRole("heading", { name: /not allowed|forbidden|403/i })).toBeVisible();

  const api = await sam.page.request.get("/api/users");
  expect(api.status()).toBe(403);
  expect((await api.json()).error.code).toBe("forbidden");
});

test("deactivating the user ends their open session at their next request", async () => {
  const { page } = admin;
  await page.goto("/users");
  const row = page.getByRole("row", { name: new RegExp(staff.name) });
  await row.getByRole("button", { name: "Deactivate" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(staff.name);
  await confirm.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("button", { name: "Reactivate" })).toBeVisible();

  await sam.page.goto("/orders");
  await expect(sam.page).toHaveURL(/\/login/);
  expect((await sam.page.request.get("/api/me")).status()).toBe(401);
});

test("an API token works with a plain HTTP client and stops once revoked", async () => {
  const { page } = admin;
  await page.goto("/profile");
  const tokenName = `nightly export ${run}`;
  await page.getByLabel("Token name").fill(tokenName);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("New token").inputValue();
  expect(token).toMatch(/^od_/);

  const client = await bearerContext(token);
  const me = await client.get("/api/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ user: { email: E2E.admin.email, role: "admin" }, via: "token" });

  await page
    .getByRole("row", { name: new RegExp(tokenName) })
    .getByRole("button", { name: "Revoke" })
    .click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("row", { name: new RegExp(tokenName) })).toContainText(/revoked/i);
  expect((await client.get("/api/me")).status()).toBe(401);
  await client.dispose();
});

test("the audit log shows each of these events", async () => {
  const { page } = admin;
  await page.goto("/audit");
  await expect(page).toHaveTitle(/Audit log · Orderdeck/);
  const table = page.getByRole("table");
  for (const label of ["Sign-in", "User created", "User changed", "API token created", "API token revoked"]) {
    await expect(table.getByRole("row", { name: new RegExp(label) }).first()).toBeVisible();
  }
  await page.getByLabel("Action").selectOption("user.update");
  await expect(table.getByRole("row", { name: /User changed/ }).first()).toBeVisible();
  await expect(table.getByRole("row", { name: /API token created/ })).toHaveCount(0);
});
