// Helpers for the order-list spec: what the page shows (rows as connection/order ids, read from the order
// links), Orderdeck's own API answer for the same URL, and the ECOM.md sandbox read directly.
import { type APIRequestContext, expect, type Locator, type Page, request } from "@playwright/test";
import type { OrderSummary } from "../../lib/domain/order";
import { SANDBOX_CREDENTIALS } from "../../lib/sandbox/credentials";
import { sandboxBaseUrl } from "../support/sandbox";

export type ListOrder = OrderSummary;
export interface ListPage {
  orders: ListOrder[];
  nextCursor: string | null;
  errors: { connectionId: string; connectionName: string; kind: string; message: string }[];
  sync?: { connectionId: string; phase: string; lastSyncAt: string | null; lastError: string | null }[];
}

export const refOf = (order: Pick<ListOrder, "connectionId" | "id">) => `${order.connectionId}/${order.id}`;

export function ordersTable(page: Page): Locator {
  return page.getByRole("table", { name: "Orders" });
}

/** Waits until the table shows settled data (no skeleton, no dimmed previous page). */
export async function settled(page: Page): Promise<void> {
  const table = ordersTable(page);
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table).not.toHaveAttribute("aria-busy", "true", { timeout: 30_000 });
}

/** The rows on screen as "connectionId/orderId", in order, read from each row's order link. */
export async function shownRefs(page: Page): Promise<string[]> {
  await settled(page);
  const hrefs = await ordersTable(page)
    .getByRole("link", { name: /^Order / })
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) =>
    href
      .replace(/^\/orders\//, "")
      .split("/")
      .map(decodeURIComponent)
      .join("/"),
  );
}

/** The list query the page is showing (its URL's search string, without the saved-view marker). */
export function listSearch(page: Page): string {
  const params = new URL(page.url()).searchParams;
  params.delete("view");
  return params.toString();
}

export async function apiPage(api: APIRequestContext, search: string): Promise<ListPage> {
  const response = await api.get(`/api/orders?${search}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as ListPage;
}

/** Every order of a query, page by page through the API's cursor (at most `max`). */
export async function apiAll(api: APIRequestContext, search: string, max = 1000): Promise<ListOrder[]> {
  const out: ListOrder[] = [];
  let cursor: string | null = null;
  do {
    const page: ListPage = await apiPage(api, cursor ? `${search}&cursor=${encodeURIComponent(cursor)}` : search);
    out.push(...page.orders);
    cursor = page.nextCursor;
  } while (cursor && out.length < max);
  return out;
}

/** The page's rows equal the API's answer for the page's own URL, and every order passes `check`. */
export async function expectListMatches(page: Page, check: (order: ListOrder) => boolean): Promise<ListOrder[]> {
  const shown = await shownRefs(page);
  const answer = await apiPage(page.request, listSearch(page));
  expect(answer.errors).toEqual([]);
  expect(shown).toEqual(answer.orders.map(refOf));
  const failing = answer.orders
    .filter((order) => !check(order))
    .map((o) => `${o.number} ${JSON.stringify(o.status)} ${o.placedAt} ${JSON.stringify(o.totals.total)}`);
  expect(failing).toEqual([]);
  return answer.orders;
}

/** ECOM.md's own answer: ids of its orders in one status, newest first (its API, its credentials). */
export async function ecomSandboxIds(status: string): Promise<string[]> {
  const sandbox = await request.newContext();
  const response = await sandbox.get(
    `${sandboxBaseUrl("ecom-md")}/external/external-order/?status=${status}&ordering=-created_at&page_size=1000`,
    {
      headers: { "api-token": SANDBOX_CREDENTIALS["ecom-md"].apiToken },
    },
  );
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { results: { id: number }[] };
  await sandbox.dispose();
  return body.results.map((order) => String(order.id));
}

/** Ticks one option of a toolbar filter menu ("Stage" → "Shipped") and closes the menu. */
export async function pickFacet(page: Page, filter: string, option: string): Promise<void> {
  await page.getByRole("button", { name: new RegExp(`^${filter}`) }).click();
  await page
    .getByRole("dialog", { name: `${filter} filter` })
    .getByLabel(option, { exact: true })
    .check();
  await page.keyboard.press("Escape");
}

/** An ECOM.md status (from Orderdeck's list of the connection's statuses) that the sandbox holds 1–99 orders in. */
export async function ecomStatusWithFewOrders(api: APIRequestContext, connectionId: string) {
  const response = await api.get(`/api/connections/${connectionId}/statuses`);
  const { statuses } = (await response.json()) as { statuses: { code: string; label: string }[] };
  for (const status of statuses) {
    const found = await ecomSandboxIds(status.code);
    if (found.length > 0 && found.length < 100) return { ...status, ids: found };
  }
  throw new Error("no ECOM.md status holds between 1 and 99 orders");
}

/** Decimal strings compared exactly (no floats): -1, 0 or 1. */
export function compareAmount(a: string, b: string): number {
  const [aw = "0", af = ""] = a.split(".");
  const [bw = "0", bf = ""] = b.split(".");
  if (aw.length !== bw.length) return aw.length < bw.length ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const x = aw + af.padEnd(width, "0");
  const y = bw + bf.padEnd(width, "0");
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Opens "More filters" and types into its fields (label → value); the last one is committed with Enter. */
export async function fillMoreFilters(page: Page, fields: Record<string, string>): Promise<void> {
  await page.getByRole("button", { name: "More filters" }).click();
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label).fill(value);
  await page.getByLabel(Object.keys(fields).at(-1)!).press("Enter");
}

/** Clicks a saved view in the sidebar and waits for its URL. */
export async function openSavedView(page: Page, name: string, url: RegExp): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();
  await expect(page).toHaveURL(url);
}

/** The export's data rows as header → cell records. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text).filter((row) => row.length > 1);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])));
}

/** Minimal RFC 4180 reader for the export (quoted cells may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== "," && c !== "\n")) cell += c;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    }
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
