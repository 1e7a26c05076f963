// A list page's items in as few reads as possible: one ranged read over the page's placing dates
// (`order__date_placed__gte|lte`, plus the page's own status and number filters), else one read per order.
// Either way an item is listed under the order its own `order` names, and no other (items.ts).
import "server-only";
import type { AdapterContext, Connection } from "../types";
import { toIsoUtc } from "../wire";
import { LIST_ITEM_BATCH_MAX, MAX_PAGE_SIZE } from "./assumed";
import { groupByOrder, ITEMS_PATH, itemsOfOrder, type OrderItems, readItems } from "./items";
import { readPage } from "./reads";
import type { RawOrder } from "./schema";

/** The page's own narrowing filters, carried over to the items (their names per platforms.md section 3). */
export interface PageFilters {
  status?: string;
  numberContains?: string;
}

function range(orders: readonly RawOrder[], timeZone: string): { from: string; to: string } | null {
  const dated = orders.map((order) => {
    const iso = toIsoUtc(order.date_placed, timeZone);
    // The dates go back as the platform wrote them: truncating microseconds would drop the last order's items.
    return {
      raw: typeof order.date_placed === "string" ? order.date_placed : iso,
      at: iso ? Date.parse(iso) : Number.NaN,
    };
  });
  if (dated.some((entry) => Number.isNaN(entry.at) || entry.raw === null)) return null;
  dated.sort((a, b) => a.at - b.at);
  const first = dated[0]?.raw;
  const last = dated[dated.length - 1]?.raw;
  return first && last ? { from: first, to: last } : null;
}

async function perOrder(conn: Connection, ctx: AdapterContext, orders: readonly RawOrder[]) {
  const reads = await Promise.all(orders.map((order) => itemsOfOrder(conn, ctx, order)));
  return new Map(orders.map((order, i) => [order.id, reads[i] ?? readItems([])]));
}

export async function itemsForPage(
  conn: Connection,
  ctx: AdapterContext,
  orders: readonly RawOrder[],
  filters: PageFilters,
  timeZone: string,
): Promise<Map<string, OrderItems>> {
  const span = orders.length > 1 ? range(orders, timeZone) : null;
  if (!span) return perOrder(conn, ctx, orders);
  const query: Record<string, string | number> = {
    order__date_placed__gte: span.from,
    order__date_placed__lte: span.to,
    limit: MAX_PAGE_SIZE,
    ...(filters.status ? { order__status: filters.status } : {}),
    ...(filters.numberContains ? { order__number__icontains: filters.numberContains } : {}),
  };
  const first = await readPage(conn, ctx, ITEMS_PATH, { ...query, page: 1 });
  const count = first.count ?? first.results.length;
  if (count > LIST_ITEM_BATCH_MAX) return perOrder(conn, ctx, orders);
  const pages = Math.ceil(count / MAX_PAGE_SIZE);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) =>
      readPage(conn, ctx, ITEMS_PATH, { ...query, page: i + 2 }),
    ),
  );
  // Other orders placed in the same range are in the answer too: each item goes to the order it names.
  const groups = groupByOrder(
    [first, ...rest].flatMap((page) => page.results),
    orders.map((order) => order.id),
  );
  return new Map([...groups].map(([id, payloads]) => [id, readItems(payloads)]));
}
