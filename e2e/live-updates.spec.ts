// Live updates (#14) on the e2e server, driven through the sandbox as a shop's staff would: a new order shows
// "N new orders — show" on an open list without moving its rows (and "show" lists it at the top), the overview's
// order count goes up by itself, and an order changed on the platform says so on its open page. "Sync now"
// (the API's) makes the sync read the shop at once instead of at its next 15 s turn; the page itself is never
// reloaded (a mark set on its document stays), and the pages' own timers are slower than these checks'
// timeouts (the overview reads itself again every minute; the list never).
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import type { OrderDetail } from "../lib/domain/order-detail";
import type { SandboxPlatformId } from "../lib/sandbox/platforms";
import { ordersTable, settled } from "./orders-list/helpers";
import { closeListSession, type ListSession, openListSession } from "./orders-list/session";
import { sandboxControl } from "./support/sandbox";

test.describe.configure({ mode: "serial", timeout: 120_000 });

let s: ListSession;
test.beforeAll(async ({ browser }) => {
  s = await openListSession(browser);
});
test.afterAll(async () => closeListSession(s));

/** Places orders in a sandbox shop; their ids (the order numbers too on Retailys), newest first. */
async function place(platform: SandboxPlatformId, count = 1): Promise<string[]> {
  const control = await sandboxControl();
  const answer = await control.post(`/_sandbox/orders/${platform}`, { data: { count } });
  expect(answer.status(), await answer.text()).toBe(201);
  const { ids } = (await answer.json()) as { ids: string[] };
  await control.dispose();
  return ids;
}

async function syncNow(api: APIRequestContext, connectionId: string): Promise<void> {
  const answer = await api.post(`/api/connections/${connectionId}/sync`, { data: {} });
  expect(answer.status(), await answer.text()).toBe(202);
}

/** Marks the document: a reload would lose the mark. */
const markDocument = (page: Page) => page.evaluate(() => document.documentElement.setAttribute("data-e2e-kept", "1"));
const expectNotReloaded = (page: Page) => expect(page.locator("html")).toHaveAttribute("data-e2e-kept", "1");

const LIVE = { timeout: 25_000 };

test("a new order shows the new-orders pill on the open list, without moving its rows; Show lists it first", async () => {
  const list = `/orders?connection=${s.ids.retailys},${s.ids.merchantpro}`;
  await s.page.goto(list);
  await settled(s.page);
  await markDocument(s.page);
  const rows = ordersTable(s.page).getByRole("row");
  const firstRow = rows.nth(1);
  const before = { text: await firstRow.textContent(), box: await firstRow.boundingBox(), count: await rows.count() };

  const [first] = await place("retailys");
  await syncNow(s.api, s.ids.retailys);
  const pill = s.page.getByRole("button", { name: /new orders? — show$/ });
  // An order an earlier spec placed may reach the index after the list loaded: it counts too ("1 new order"
  // for ours alone; the plural forms are unit-tested in every language).
  await expect(pill).toHaveText(/^\d+ new orders? — show$/, LIVE);
  const counted = async () => Number((await pill.textContent())?.match(/^\d+/)?.[0] ?? 0);
  const afterFirst = await counted();
  expect(afterFirst).toBeGreaterThanOrEqual(1);
  // In a live region, so screen readers announce it (the region itself takes no room: it has no height).
  await expect(s.page.locator('[role="status"][aria-live="polite"]').filter({ has: pill })).toHaveCount(1);

  await place("merchantpro", 2);
  await syncNow(s.api, s.ids.merchantpro);
  await expect.poll(counted, LIVE).toBeGreaterThanOrEqual(afterFirst + 2);

  // Nothing moved under the pointer: the same rows, at the same place.
  expect(await firstRow.textContent()).toBe(before.text);
  expect(await firstRow.boundingBox()).toEqual(before.box);
  expect(await rows.count()).toBe(before.count);
  await expect(ordersTable(s.page).getByRole("link", { name: `Order ${first}`, exact: true })).toHaveCount(0);

  await pill.click();
  await expect(pill).toHaveCount(0);
  const top = ordersTable(s.page).getByRole("link", { name: /^Order / });
  await expect(top.first()).toBeVisible();
  const firstFour = await top.evaluateAll((links) => links.slice(0, 4).map((link) => link.textContent ?? ""));
  expect(firstFour).toContain(first);
  await expectNotReloaded(s.page);
});

test("the overview's order count goes up by itself when a shop places an order", async () => {
  await s.page.goto("/?range=today");
  const figure = s.page.getByRole("region", { name: "Orders", exact: true }).locator("[data-figure]").first();
  await expect(figure).toBeVisible({ timeout: 30_000 });
  await markDocument(s.page);
  const count = async () => Number((await figure.textContent())?.replace(/\D/g, ""));
  const before = await count();
  await place("ecom-md", 2);
  await syncNow(s.api, s.ids["ecom-md"]);
  await expect.poll(count, LIVE).toBe(before + 2);
  await expectNotReloaded(s.page);
});

test("an order changed on the platform says so on its open page, and Reload shows the change", async () => {
  const [id] = await place("retailys");
  await syncNow(s.api, s.ids.retailys);
  await s.page.goto(`/orders/${s.ids.retailys}/${id}`);
  await expect(s.page.getByRole("heading", { name: `Order ${id}`, level: 1 })).toBeVisible({ timeout: 30_000 });
  await markDocument(s.page);
  const banner = s.page.getByRole("status").filter({ hasText: "This order changed on the platform" });
  await expect(banner).toHaveCount(0);

  const control = await sandboxControl();
  expect((await control.patch(`/_sandbox/orders/retailys/${id}`)).status()).toBe(200);
  await control.dispose();
  await syncNow(s.api, s.ids.retailys);
  await expect(banner).toBeVisible(LIVE);
  await expectNotReloaded(s.page);

  await banner.getByRole("button", { name: "Reload" }).click();
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
  // The page shows the order as the platform has it now.
  const now = (await (await s.api.get(`/api/orders/${s.ids.retailys}/${id}`)).json()) as OrderDetail;
  await expect(s.page.locator("header").getByText(now.order.status.label, { exact: true })).toBeVisible();
});

test("the page's own action is not announced as a change on the platform", async () => {
  const [id] = await place("retailys");
  await syncNow(s.api, s.ids.retailys);
  // No sync turn meanwhile (see the known bug below): only the action's own write reaches the page.
  await s.api.patch(`/api/connections/${s.ids.retailys}`, { data: { options: { syncIntervalSeconds: 3600 } } });
  try {
    await s.page.goto(`/orders/${s.ids.retailys}/${id}`);
    await expect(s.page.getByRole("heading", { name: `Order ${id}`, level: 1 })).toBeVisible({ timeout: 30_000 });
    await markDocument(s.page);
    await s.page.getByRole("toolbar", { name: "Order actions" }).getByRole("button", { name: "Mark as paid" }).click();
    const dialog = s.page.getByRole("dialog", { name: "Mark as paid" });
    await dialog.getByRole("button", { name: "Mark as paid", exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await s.page.waitForTimeout(3_000);
    await expect(s.page.getByRole("status").filter({ hasText: "This order changed on the platform" })).toHaveCount(0, {
      timeout: 1_000,
    });
    await expectNotReloaded(s.page);
  } finally {
    await s.api.patch(`/api/connections/${s.ids.retailys}`, { data: { options: {} } });
  }
});

test("an order page's own read is not taken for a change when the sync reads the same order next", async () => {
  // A detail read and a list read (the sync) give different raw records for the same state: the version hashes
  // what the index keeps, so the sync's next read of an order just viewed is no change.
  const [id] = await place("retailys");
  await syncNow(s.api, s.ids.retailys);
  await s.page.goto(`/orders/${s.ids.retailys}/${id}`);
  await expect(s.page.getByRole("heading", { name: `Order ${id}`, level: 1 })).toBeVisible({ timeout: 30_000 });
  // The page's read wrote the order into the index; the sync reads it again, unchanged on the platform.
  await syncNow(s.api, s.ids.retailys);
  await s.page.waitForTimeout(5_000);
  await expect(s.page.getByRole("status").filter({ hasText: "This order changed on the platform" })).toHaveCount(0, {
    timeout: 1_000,
  });
});
