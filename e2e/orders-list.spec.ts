// The unified order list against the sandbox's five shops: each filter narrows the list (every row checked
// against the platform's data or Orderdeck's answer for the same URL), sorting, and paging through three
// pages with no duplicate and no gap. Saved views, export, keyboard and faults: orders-list-actions.spec.ts.
import { expect, test } from "@playwright/test";
import {
  apiAll,
  compareAmount,
  ecomStatusWithFewOrders,
  expectListMatches,
  fillMoreFilters,
  type ListOrder,
  ordersTable,
  pickFacet,
  refOf,
  settled,
  shownRefs,
} from "./orders-list/helpers";
import { listSessionForSpec, TIME_ZONE } from "./orders-list/session";

const s = listSessionForSpec();

test("connection and stage filters narrow the list to matching orders", async () => {
  await s.page.goto(`/orders?${s.five}&limit=100`);
  expect(await shownRefs(s.page)).toHaveLength(100);

  await s.page.getByRole("button", { name: /^Connection/ }).click();
  const panel = s.page.getByRole("dialog", { name: "Connection filter" });
  for (const platform of ["akinon-seller-center", "retailys", "akinon-omnitron"] as const) {
    await panel.getByLabel(`E2E ${platform}`, { exact: true }).uncheck();
  }
  await s.page.keyboard.press("Escape");
  await expect(s.page).toHaveURL(new RegExp(`connection=${s.ids["ecom-md"]},${s.ids.merchantpro}(&|$)`));
  const two = [s.ids["ecom-md"], s.ids.merchantpro];
  const mine = await expectListMatches(s.page, (order) => two.includes(order.connectionId));
  expect(new Set(mine.map((o) => o.connectionId))).toEqual(new Set(two));

  await pickFacet(s.page, "Stage", "Shipped");
  await expect(s.page).toHaveURL(/stage=shipped/);
  const shipped = await expectListMatches(
    s.page,
    (order) => order.status.stage === "shipped" && two.includes(order.connectionId),
  );
  expect(shipped.length).toBeGreaterThan(0);
  expect(shipped.length).toBeLessThan(mine.length);
  // Every row's badge is a platform status of the Shipped stage.
  const rows = ordersTable(s.page).locator("tbody tr");
  await expect(rows).toHaveCount(shipped.length);
  await expect(rows.filter({ hasNot: s.page.locator("[title^='Shipped ·']") })).toHaveCount(0);
});

test("the platform status filter shows exactly what ECOM.md itself lists", async () => {
  await s.page.goto(`/orders?connection=${s.ids["ecom-md"]}&limit=100`);
  await settled(s.page);
  const chosen = await ecomStatusWithFewOrders(s.page.request, s.ids["ecom-md"]);
  await pickFacet(s.page, "Status", chosen.label);
  await expect(s.page).toHaveURL(new RegExp(`status=${chosen.code}`));
  expect(await shownRefs(s.page)).toEqual(chosen.ids.map((id) => `${s.ids["ecom-md"]}/${id}`));
});

test("date range (in the browser's time zone), search, total range and currency narrow the list", async () => {
  await s.page.goto(`/orders?${s.five}&limit=100`);
  const base = await expectListMatches(s.page, () => true);
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(new Date(base[40]!.placedAt));
  await fillMoreFilters(s.page, { "Placed from": day, "Placed to": day });
  await expect(s.page).toHaveURL(/from=.*&to=/);
  const params = new URL(s.page.url()).searchParams;
  expect([params.get("from"), params.get("to")]).toEqual([
    new Date(`${day}T00:00:00+02:00`).toISOString(),
    new Date(`${day}T23:59:59.999+02:00`).toISOString(),
  ]);
  const dated = await expectListMatches(
    s.page,
    (o) => o.placedAt >= params.get("from")! && o.placedAt <= params.get("to")!,
  );
  expect(dated.length).toBeGreaterThan(0);
  expect(dated.map(refOf)).toContain(refOf(base[40]!));

  await s.page.goto(`/orders?${s.five}&limit=100`);
  const target = base.find((o) => o.platform === "ecom-md" && o.customer.email)!;
  const needle = target.customer.email!;
  await s.page.getByLabel("Search orders").fill(needle);
  await s.page.getByLabel("Search orders").press("Enter");
  await expect(s.page).toHaveURL(/q=/);
  const text = (value: string | null) => (value ?? "").toLowerCase().includes(needle.toLowerCase());
  const found = await expectListMatches(s.page, (o) => [o.number, o.id, o.customer.email, o.customer.name].some(text));
  expect(found.map(refOf)).toContain(refOf(target));

  const amount = (o: ListOrder) => o.totals.total.amount;
  const cases: { fields: Record<string, string>; url: RegExp; check: (o: ListOrder) => boolean }[] = [
    {
      fields: { "Min total": "100", "Max total": "500" },
      url: /minTotal=100&maxTotal=500/,
      check: (o: ListOrder) => compareAmount(amount(o), "100") >= 0 && compareAmount(amount(o), "500") <= 0,
    },
    { fields: { Currency: "ron" }, url: /currency=RON/, check: (o: ListOrder) => o.totals.total.currency === "RON" },
  ];
  for (const { fields, url, check } of cases) {
    await s.page.goto(`/orders?${s.five}&limit=100`);
    await fillMoreFilters(s.page, fields);
    await expect(s.page).toHaveURL(url);
    expect((await expectListMatches(s.page, check)).length).toBeGreaterThan(0);
  }
});

test("sorting across all five connections: oldest first, by total, and back by the column header", async () => {
  await s.page.goto(`/orders?${s.five}&limit=50`);
  await settled(s.page);
  await s.page.getByLabel("Sort by").selectOption({ label: "Oldest first" });
  await expect(s.page).toHaveURL(/sort=placed_asc/);
  const oldest = await expectListMatches(s.page, () => true);
  const times = oldest.map((o) => o.placedAt);
  expect(times).toEqual([...times].sort());
  const everything = await apiAll(s.page.request, `${s.five}&limit=100`);
  expect(oldest[0]!.placedAt).toBe(everything.map((o) => o.placedAt).sort()[0]);

  // The highest totals of every shop together (amounts compare as numbers, whatever their currency).
  await s.page.getByLabel("Sort by").selectOption({ label: "Highest total" });
  await expect(s.page).toHaveURL(/sort=total_desc/);
  const highest = (await expectListMatches(s.page, () => true)).map((o) => Number(o.totals.total.amount));
  const top = everything.map((o) => Number(o.totals.total.amount)).sort((a, b) => b - a);
  expect(highest).toEqual(top.slice(0, highest.length));

  await s.page.getByRole("button", { name: "Placed: sort descending" }).click();
  await expect(s.page).not.toHaveURL(/sort=/);
  const newest = (await expectListMatches(s.page, () => true)).map((o) => o.placedAt);
  expect(newest).toEqual([...newest].sort().reverse());
});

test("three pages across all five connections: no duplicate, no gap, and back again", async () => {
  await s.page.goto(`/orders?${s.five}&limit=25`);
  const pages = [await shownRefs(s.page)];
  for (const n of [2, 3]) {
    await s.page.getByRole("button", { name: "Next page" }).click();
    await expect(s.page.getByRole("navigation", { name: "Order pages" })).toContainText(`Page ${n}`);
    pages.push(await shownRefs(s.page));
  }
  const seen = pages.flat();
  expect(seen).toHaveLength(75);
  expect(new Set(seen).size).toBe(75);
  const union = (await apiAll(s.page.request, `${s.five}&limit=100`, 100)).map(refOf);
  expect(seen).toEqual(union.slice(0, 75));
  expect(new Set(seen.map((ref) => ref.split("/")[0])).size).toBe(5);

  await s.page.getByRole("button", { name: "Previous page" }).click();
  await expect(s.page.getByRole("navigation", { name: "Order pages" })).toContainText("Page 2");
  expect(await shownRefs(s.page)).toEqual(pages[1]);
  await s.page.goBack();
  await expect(s.page.getByRole("navigation", { name: "Order pages" })).toContainText("Page 3");
  expect(await shownRefs(s.page)).toEqual(pages[2]);
});
