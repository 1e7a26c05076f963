// The list reads Orderdeck's order index, kept in step with the platforms: a new order on a platform is announced
// on the open list by itself, search ignores accents, "Sync now" reads a shop at once and the freshness line says
// so, and an action's result is in the list at once (not at the next sync).
import { expect, test } from "@playwright/test";
import { findOrder, hasAction } from "./order-detail/find";
import { apiPage, ordersTable, settled } from "./orders-list/helpers";
import { closeListSession, type ListSession, openListSession } from "./orders-list/session";
import { sandboxControl } from "./support/sandbox";

let s: ListSession;

test.beforeAll(async ({ browser }) => {
  s = await openListSession(browser);
});

test.afterAll(async () => {
  await closeListSession(s);
});

const orderLink = (number: string) => ordersTable(s.page).getByRole("link", { name: `Order ${number}`, exact: true });

/** "Novák" → "novak", "Ștefan" → "stefan": what a person types without the accents. */
const plain = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").toLowerCase();

test("an order placed on the platform shows in the open list without a reload", async () => {
  test.setTimeout(90_000);
  await s.page.goto(`/orders?${s.five}`);
  await settled(s.page);
  const control = await sandboxControl();
  const placed = (await (await control.post("/_sandbox/orders/retailys")).json()) as { ids: string[] };
  await control.dispose();
  const id = placed.ids[0]!;
  // The default sync interval (15 s), then the live event: the list announces it (rows never move by
  // themselves, #14) and "show" lists it.
  await s.page.getByRole("button", { name: /new orders? — show$/ }).click({ timeout: 60_000 });
  await expect(orderLink(id)).toBeVisible();
});

test("searching a name without its accents finds the accented customer", async () => {
  const all = (await apiPage(s.api, `${s.five}&limit=100`)).orders;
  const accented = all.find(
    (order) => order.customer.name && plain(order.customer.name) !== order.customer.name.toLowerCase(),
  );
  expect(accented, "the sandbox shops have customers with accented names").toBeTruthy();
  const name = accented!.customer.name!;
  await s.page.goto(`/orders?${s.five}`);
  await s.page.getByLabel("Search orders").fill(plain(name));
  await expect(s.page).toHaveURL(/q=/);
  await expect(orderLink(accented!.number)).toBeVisible({ timeout: 20_000 });
  const found = (await apiPage(s.api, `${s.five}&q=${encodeURIComponent(plain(name))}&limit=100`)).orders;
  expect(found.map((order) => order.customer.name)).toContain(name);
});

test("the freshness line says how old each shop's orders are, and Sync now reads them again", async () => {
  const lastSync = async () =>
    (await apiPage(s.api, `connection=${s.ids.merchantpro}&limit=1`)).sync?.[0]?.lastSyncAt ?? "";
  await s.page.goto(`/orders?connection=${s.ids.merchantpro}`);
  await settled(s.page);
  await expect(s.page.getByText(/^Synced .+ ago|^Synced now/)).toBeVisible();
  const before = await lastSync();
  await s.page.getByRole("button", { name: "Sync now" }).click();
  await expect.poll(lastSync, { timeout: 30_000 }).not.toBe(before);
  await s.page.getByText("per shop").click();
  await expect(s.page.getByRole("list", { name: "Sync per shop" })).toContainText("E2E merchantpro: read");
});

test("an action's result is in the list at once", async () => {
  const detail = await findOrder(s.api, s.ids.merchantpro, hasAction("Mark as shipped"), "&stage=pending,processing");
  const done = await s.api.post(`/api/orders/${s.ids.merchantpro}/${detail.order.id}/actions`, {
    data: { type: "set-status", status: "shipped" },
    headers: { "Idempotency-Key": `index-${Date.now()}` },
  });
  expect(done.status(), await done.text()).toBe(200);
  // Straight away, with no sync in between: the list's copy was written with the action's re-read.
  const listed = await apiPage(s.api, `connection=${s.ids.merchantpro}&q=${encodeURIComponent(detail.order.number)}`);
  const shipped = listed.orders.find((order) => order.id === detail.order.id);
  expect(shipped?.status.code).toBe("shipped");
  expect(shipped?.status.label).not.toBe(detail.order.status.label);
  await s.page.goto(`/orders?connection=${s.ids.merchantpro}&q=${encodeURIComponent(detail.order.number)}`);
  await expect(ordersTable(s.page).getByRole("row", { name: new RegExp(detail.order.number) })).toContainText(
    shipped!.status.label,
  );
});
