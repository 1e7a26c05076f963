// The overview (`/`) against the data: orders the sandbox shops place now are counted in today's figures (the
// sandbox's own placements are the oracle; its own APIs cannot be asked for a count by date in one way for
// every platform), the 7- and 30-day figures equal the order list's own counts and exact sums for the same
// instants, and a bar of a chart opens the list with that bar's filter.
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { compareDecimal, sumDecimals } from "../lib/domain/decimal";
import type { Overview } from "../lib/domain/overview";
import { apiAll } from "./orders-list/helpers";
import { closeListSession, type ListSession, openListSession, TIME_ZONE } from "./orders-list/session";
import { PLATFORMS, sandboxControl } from "./support/sandbox";

test.describe.configure({ mode: "serial", timeout: 150_000 });

let s: ListSession;
test.beforeAll(async ({ browser }) => {
  s = await openListSession(browser);
});
test.afterAll(async () => closeListSession(s));

async function overview(api: APIRequestContext, range: string): Promise<Overview> {
  const response = await api.get(`/api/overview?range=${range}&tz=${encodeURIComponent(TIME_ZONE)}`, {
    headers: { "cache-control": "no-cache" },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Overview;
}

/** The range's orders per connection id, from the answer's days. */
const perConnection = (o: Overview) =>
  Object.fromEntries(
    o.connections.map((c) => [c.id, o.ordersPerDay.reduce((n, d) => n + (d.connections[c.id] ?? 0), 0)]),
  );

/** The list's inclusive `to` for the overview's exclusive end. */
const lastMoment = (o: Overview) => new Date(Date.parse(o.current.to) - 1).toISOString();

/** The "Orders per day" table's Total row, by column name (the table is there for screen readers). */
async function totalsRow(page: Page): Promise<Record<string, string>> {
  const table = page.getByRole("table", { name: "Orders per day by connection" });
  return table.evaluate((element) => {
    const columns = [...element.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
    const cells = [...element.querySelectorAll("tfoot tr > *")].map((cell) => cell.textContent ?? "");
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ""]));
  });
}

const digits = (text: string) => Number(text.replace(/\D/g, ""));

test("today's figures count the orders the shops have just placed, on the page as in the API", async () => {
  const before = perConnection(await overview(s.api, "today"));
  const control = await sandboxControl();
  for (const platform of PLATFORMS) {
    const placed = await control.post(`/_sandbox/orders/${platform}`, { data: { count: 2 } });
    expect(placed.status(), await placed.text()).toBe(201);
  }
  await control.dispose();
  const expected = Object.fromEntries(PLATFORMS.map((p) => [s.ids[p], (before[s.ids[p]] ?? 0) + 2]));
  const ours = (o: Overview) => Object.fromEntries(PLATFORMS.map((p) => [s.ids[p], perConnection(o)[s.ids[p]] ?? 0]));
  // The sync reads each shop every 15 s by default.
  await expect.poll(async () => ours(await overview(s.api, "today")), { timeout: 90_000 }).toEqual(expected);

  const today = await overview(s.api, "today");
  await s.page.goto("/?range=today");
  const orders = s.page.getByRole("region", { name: "Orders", exact: true });
  // Playwright's browser formats numbers as en-US does.
  await expect(orders.locator("[data-figure]").first()).toHaveText(
    new Intl.NumberFormat("en-US").format(today.figures.current.orders),
  );
  const totals = await totalsRow(s.page);
  for (const connection of today.connections.filter((c) => Object.values(s.ids).includes(c.id)))
    expect(digits(totals[connection.name] ?? ""), connection.name).toBe(perConnection(today)[connection.id]);
});

test("a browser whose time zone is known gets the figures in the page's HTML, not after a request of its own", async () => {
  // Every page the session opened has remembered its zone in a cookie.
  const cookies = await s.page.context().cookies();
  expect(cookies.find((c) => c.name === "orderdeck-tz")?.value).toBe(encodeURIComponent(TIME_ZONE));
  const week = await overview(s.api, "7d");
  const figure = new RegExp(
    `data-figure="true"[^>]*>${new Intl.NumberFormat("en-US").format(week.figures.current.orders)}<`,
  );
  const html = async () => (await s.page.request.get("/?range=7d")).text();
  expect(await html()).toMatch(figure);
  // Without the zone the server cannot know the user's days: the skeleton stands in until the browser asks.
  await s.page.context().clearCookies({ name: "orderdeck-tz" });
  try {
    expect(await html()).not.toContain("data-figure");
  } finally {
    await s.page.context().addCookies(cookies.filter((c) => c.name === "orderdeck-tz"));
  }
});

for (const range of ["7d", "30d"]) {
  test(`${range}: orders, stages and revenue equal the order list's own counts and exact sums`, async () => {
    const o = await overview(s.api, range);
    const window = `from=${encodeURIComponent(o.current.from)}&to=${encodeURIComponent(lastMoment(o))}`;
    const counts = async (search: string) =>
      (await (
        await s.api.get(`/api/orders/counts?${search}`, { headers: { "cache-control": "no-cache" } })
      ).json()) as {
        total: number;
        stages: Record<string, number>;
      };
    const all = await counts(window);
    // Test 1 placed orders today: every range has some.
    expect(all.total).toBeGreaterThan(0);
    expect(o.figures.current.orders).toBe(all.total);
    for (const { stage, orders } of o.stages) expect(orders, stage).toBe(all.stages[stage] ?? 0);
    for (const platform of PLATFORMS) {
      const id = s.ids[platform];
      expect(perConnection(o)[id], platform).toBe((await counts(`connection=${id}&${window}`)).total);
    }
    // Revenue per currency: the orders neither cancelled nor returned, summed exactly.
    const listed = await apiAll(s.api, `${window}&limit=100`, 20_000);
    const sales = listed.filter((order) => !["cancelled", "returned"].includes(order.status.stage));
    for (const figure of o.figures.current.currencies) {
      const amounts = sales
        .filter((order) => order.totals.total.currency === figure.currency)
        .map((order) => order.totals.total.amount);
      expect(compareDecimal(figure.revenue, sumDecimals(amounts)), `${figure.currency} ${figure.revenue}`).toBe(0);
      expect(figure.orders, figure.currency).toBe(
        listed.filter((order) => order.totals.total.currency === figure.currency).length,
      );
    }
  });
}

test("a bar opens the order list with that bar's filter, and the list counts the bar's orders", async () => {
  const o = await overview(s.api, "30d");
  await s.page.goto("/?range=30d");
  await expect(s.page.getByRole("radio", { name: "30 days" })).toBeChecked();

  // The stage with the most orders (each bar names its stage and series: data-row, data-series).
  const busiest = o.stages.reduce((a, b) => (b.orders > a.orders ? b : a));
  await s.page.getByRole("region", { name: "Orders by stage" }).locator(`[data-row="${busiest.stage}"]`).click();
  await expect(s.page).toHaveURL(/\/orders\?/);
  const url = new URL(s.page.url());
  expect(url.searchParams.get("stage")).toBe(busiest.stage);
  expect(url.searchParams.get("from")).toBe(o.current.from);
  const counted = (await (await s.api.get(`/api/orders/counts?${url.searchParams}`)).json()) as { total: number };
  expect(counted.total).toBe(busiest.orders);

  // One shop's bar on the last day it had orders.
  await s.page.goto("/?range=30d");
  const shop = o.connections.find((c) => c.id === s.ids.merchantpro)!;
  const dayIndex = o.ordersPerDay.findLastIndex((d) => (d.connections[s.ids.merchantpro] ?? 0) > 0);
  expect(dayIndex, "the MerchantPro shop has orders in 30 days").toBeGreaterThanOrEqual(0);
  const perDay = s.page.getByRole("region", { name: "Orders per day" });
  const day = o.days[dayIndex]!;
  await perDay.locator(`[data-series="${shop.name}"][data-row="${day.day}"]`).click();
  await expect(s.page).toHaveURL(/\/orders\?/);
  const params = new URL(s.page.url()).searchParams;
  expect([params.get("connection"), params.get("from"), params.get("to")]).toEqual([
    s.ids.merchantpro,
    day.from,
    day.to,
  ]);
  const dayCount = (await (await s.api.get(`/api/orders/counts?${params}`)).json()) as { total: number };
  expect(dayCount.total).toBe(o.ordersPerDay[dayIndex]!.connections[s.ids.merchantpro]);
});

test("every chart has its table, shown on request; what needs attention links to orders and connections", async () => {
  await s.page.goto("/?range=7d");
  const perDay = s.page.getByRole("region", { name: "Orders per day" });
  await expect(perDay.getByRole("table", { name: "Orders per day by connection" })).toBeAttached();
  await perDay.getByRole("button", { name: "Show as table" }).click();
  await expect(perDay.getByRole("button", { name: "Show as table" })).toHaveAttribute("aria-pressed", "true");
  await expect(perDay.getByRole("table", { name: "Orders per day by connection" })).toBeVisible();
  for (const name of ["Revenue per day by currency", "Orders by stage"])
    await expect(s.page.getByRole("table", { name })).toBeAttached();

  const attention = s.page.getByRole("region", { name: "Needs attention" });
  await expect(attention).toBeVisible();
  for (const href of await attention
    .getByRole("link")
    .evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? "")))
    expect(href).toMatch(/^\/orders\/[^/]+\/[^/]+$|^\/orders\?|^\/connections$/);
});
