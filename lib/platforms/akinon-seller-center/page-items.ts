// A list page's items in as few reads as possible: one ranged read over the page's placing dates
// (`order__date_placed__gte|lte`, plus the page's own status and number filters), else one read per order.
import "server-only";
import type { AdapterContext, Connection } from "../types";
import { LIST_ITEM_BATCH_MAX, MAX_PAGE_SIZE } from "./assumed";
import { ITEMS_PATH, itemsOfOrder, parseItems, type Read, readPage } from "./reads";
import type { RawItem, RawOrder } from "./schema";

/** The page's own narrowing filters, carried over to the items (their names per platforms.md section 3). */
export interface PageFilters {
  status?: string;
  numberContains?: string;
}

function range(orders: readonly RawOrder[]): { from: string; to: string } | null {
  const dated = orders.map((order) => ({ raw: order.date_placed, at: Date.parse(order.date_placed) }));
  if (dated.some((entry) => Number.isNaN(entry.at))) return null;
  dated.sort((a, b) => a.at - b.at);
  const first = dated[0];
  const last = dated[dated.length - 1];
  // The dates go back as the platform wrote them: truncating microseconds would drop the last order's items.
  return first && last ? { from: first.raw, to: last.raw } : null;
}

async function perOrder(conn: Connection, ctx: AdapterContext, orders: readonly RawOrder[]) {
  const reads = await Promise.all(orders.map((order) => itemsOfOrder(conn, ctx, order.id)));
  return new Map(orders.map((order, i) => [order.id, reads[i] ?? { raw: [], parsed: [] }]));
}

export async function itemsForPage(
  conn: Connection,
  ctx: AdapterContext,
  orders: readonly RawOrder[],
  filters: PageFilters,
): Promise<Map<string, Read<RawItem>>> {
  const span = orders.length > 1 ? range(orders) : null;
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
  const wanted = new Map(orders.map((order) => [order.id, { raw: [] as unknown[], seen: new Set<string>() }]));
  const { raw, parsed } = parseItems([first, ...rest].flatMap((page) => page.results));
  parsed.forEach((item, i) => {
    const slot = wanted.get(item.order);
    // Another order in the range, or an item seen twice because a page shifted between reads.
    if (!slot || slot.seen.has(item.id)) return;
    slot.seen.add(item.id);
    slot.raw.push(raw[i]);
  });
  return new Map([...wanted].map(([id, slot]) => [id, parseItems(slot.raw)]));
}
