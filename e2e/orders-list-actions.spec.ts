// The order list's actions against the sandbox: a saved view restores its filters after signing out and in
// another browser context, a CSV export holds the list's rows, the keyboard opens an order, and one failing
// connection (500, then a timeout) gets a banner while the other four connections' orders are shown.
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./env";
import { clearFaults, setFaults } from "./support/sandbox";
import { signIn } from "./support/ui";
import {
  apiPage,
  csvRecords,
  expectListMatches,
  listSearch,
  openSavedView,
  ordersTable,
  settled,
  shownRefs,
} from "./orders-list/helpers";
import { listSessionForSpec, TIME_ZONE } from "./orders-list/session";

const s = listSessionForSpec();

test("a saved view restores its filters after signing out and in another browser context", async ({ browser }) => {
  const name = `Shipped at ECOM ${Date.now().toString(36)}`;
  await s.page.goto(`/orders?connection=${s.ids["ecom-md"]}&stage=shipped&limit=25`);
  const expected = await shownRefs(s.page);
  await s.page.getByRole("button", { name: "Save view" }).click();
  const dialog = s.page.getByRole("dialog", { name: "Save view" });
  await dialog.getByLabel("View name").fill(name);
  await dialog.getByRole("button", { name: "Save view" }).click();
  await expect(dialog).toBeHidden();
  await expect(s.page).toHaveURL(/view=/);

  const opensView = async (p: Page) => {
    await openSavedView(p, name, new RegExp(`connection=${s.ids["ecom-md"]}&stage=shipped&limit=25.*view=`));
    await expect(p.getByRole("button", { name: "Stage: Shipped" })).toBeVisible();
    expect(await shownRefs(p)).toEqual(expected);
  };

  await s.page.getByRole("button", { name: "Sign out" }).click();
  await expect(s.page).toHaveURL(/\/login/);
  await signIn(s.page, E2E.admin.email, E2E.admin.password);
  await opensView(s.page);

  const other = await browser.newContext({ timezoneId: TIME_ZONE });
  const second = await other.newPage();
  await signIn(second, E2E.admin.email, E2E.admin.password);
  await opensView(second);
  await other.close();

  const { views } = (await (await s.api.get("/api/views")).json()) as { views: { id: string; name: string }[] };
  await s.api.delete(`/api/views/${views.find((v) => v.name === name)!.id}`);
});

test("Export CSV streams the filtered orders: the same rows as the list, exact money, currency apart", async () => {
  await s.page.goto(`/orders?connection=${s.ids["ecom-md"]},${s.ids.merchantpro}&stage=shipped&limit=100`);
  const listed = await expectListMatches(s.page, () => true);
  expect((await apiPage(s.page.request, listSearch(s.page))).nextCursor).toBeNull();
  const download = s.page.waitForEvent("download");
  await s.page.getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = csvRecords(await readFile((await file.path())!, "utf8"));
  const line = (r: Record<string, string>) => `${r.order_id}|${r.order_number}|${r.total}|${r.currency}`;
  expect(rows.map(line)).toEqual(
    listed.map((o) => `${o.id}|${o.number}|${o.totals.total.amount}|${o.totals.total.currency}`),
  );
  const limit = await s.page.request.get(`/api/orders/export?${listSearch(s.page)}`);
  expect(limit.headers()["x-export-limit"]).toBe("10000");
});

test("the keyboard: j/k move, x selects, Enter opens the order, / jumps to search", async () => {
  await s.page.goto(`/orders?${s.five}`);
  const refs = await shownRefs(s.page);
  const links = ordersTable(s.page).getByRole("link", { name: /^Order / });
  await s.page.keyboard.press("j");
  await s.page.keyboard.press("j");
  await expect(links.nth(1)).toBeFocused();
  await s.page.keyboard.press("x");
  const number = ((await links.nth(1).textContent()) ?? "").trim();
  await expect(ordersTable(s.page).getByRole("checkbox", { name: `Select order ${number}` })).toBeChecked();
  await s.page.keyboard.press("k");
  await expect(links.nth(0)).toBeFocused();
  await s.page.keyboard.press("j");
  await s.page.keyboard.press("Enter");
  const [connectionId, orderId] = refs[1]!.split("/");
  await expect(s.page).toHaveURL(`/orders/${connectionId}/${encodeURIComponent(orderId!)}`);
  await s.page.goBack();
  await settled(s.page);
  await s.page.keyboard.press("/");
  await expect(s.page.getByLabel("Search orders")).toBeFocused();
});

test("a shop whose sync fails (500, then a timeout) gets a banner; every shop's orders stay listed", async () => {
  await s.page.goto(`/orders?${s.five}&limit=50`);
  const listed = await shownRefs(s.page);
  expect(listed.some((ref) => ref.startsWith(`${s.ids.retailys}/`))).toBe(true);
  // A short deadline, so the hang below turns into a timeout quickly (restored in afterAll too).
  const patched = await s.api.patch(`/api/connections/${s.ids.retailys}`, { data: { options: { timeoutMs: 1500 } } });
  expect(patched.status()).toBe(200);

  await setFaults("retailys", { errorRate: 1 });
  await s.page.getByRole("button", { name: "Sync now" }).click();
  const banner = s.page.getByRole("alert", { name: "E2E retailys could not be synced" });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText("its orders are as of");
  // The index still has every shop's orders: nothing goes missing while one platform is down.
  expect(await shownRefs(s.page)).toEqual(listed);

  await setFaults("retailys", { hangRate: 1 });
  await banner.getByRole("button", { name: "Retry E2E retailys" }).click();
  await expect(banner).toContainText("did not answer within 1.5 s", { timeout: 30_000 });
  expect(await shownRefs(s.page)).toEqual(listed);

  await clearFaults("retailys");
  await s.api.patch(`/api/connections/${s.ids.retailys}`, { data: { options: {} } });
  await banner.getByRole("button", { name: "Retry E2E retailys" }).click();
  await expect(banner).toBeHidden({ timeout: 30_000 });
});
