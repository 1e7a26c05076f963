// An order's items (ORI02). They are asked for by the documented `order__number` filter, and an item is
// kept only when its own `order` (a UUID, `{id}` or the expanded order) names the order: a tenant that
// ignores a filter then lists no other order's items, and "Reject item" can never target them.
import "server-only";
import { PlatformError } from "../errors";
import type { AdapterContext, Connection } from "../types";
import { issueInWords } from "../unreadable";
import { wireRefId } from "../wire";
import { ITEM_PAGES_PER_ORDER, ITEMS_BY_NUMBER_PARAM } from "./assumed";
import { readAll } from "./reads";
import { type RawItem, type RawOrder, rawItem } from "./schema";

export const ITEMS_PATH = "/api/i1/order-items/";

/** An order's items as received (`raw`) and as read; `broken` says why one of them could not be read. */
export interface OrderItems {
  raw: unknown[];
  parsed: RawItem[];
  broken: string | null;
}

export const NO_ITEMS: OrderItems = { raw: [], parsed: [], broken: null };

/** The order an item payload names, or null when it names none we can read. */
export function itemOrderId(payload: unknown): string | null {
  if (!payload || typeof payload !== "object") return null;
  const ref = wireRefId.safeParse((payload as Record<string, unknown>).order);
  return ref.success ? ref.data : null;
}

/** Reads one order's item payloads (already known to name it), each once. */
export function readItems(payloads: readonly unknown[]): OrderItems {
  const raw: unknown[] = [];
  const parsed: RawItem[] = [];
  const seen = new Set<string>();
  let broken: string | null = null;
  for (const payload of payloads) {
    const item = rawItem.safeParse(payload);
    if (!item.success) {
      broken ??= issueInWords(item.error, "item");
      continue;
    }
    // Seen twice: a page shifted between two reads of a paged list.
    if (seen.has(item.data.id)) continue;
    seen.add(item.data.id);
    raw.push(payload);
    parsed.push(item.data);
  }
  return { raw, parsed, broken };
}

/** Item payloads grouped by the order they name, for the wanted orders only. */
export function groupByOrder(payloads: readonly unknown[], wanted: Iterable<string>): Map<string, unknown[]> {
  const groups = new Map<string, unknown[]>([...wanted].map((id) => [id, []]));
  for (const payload of payloads) groups.get(itemOrderId(payload) ?? "")?.push(payload);
  return groups;
}

/** The items, or the failure that sets their order aside: an item we cannot read would hide from the seller. */
export function itemsOrFail(order: RawOrder, items: OrderItems): RawItem[] {
  if (items.broken === null) return items.parsed;
  const what = order.number ?? order.id;
  throw new PlatformError(
    "bad_response",
    `Akinon Seller Center sent an item of order ${what} we cannot read (${items.broken})`,
  );
}

/** One order's items: by its number (documented), else by its UUID (`order`, assumed); only those naming it. */
export async function itemsOfOrder(conn: Connection, ctx: AdapterContext, order: RawOrder): Promise<OrderItems> {
  const query: Record<string, string> = order.number ? { [ITEMS_BY_NUMBER_PARAM]: order.number } : { order: order.id };
  const payloads = await readAll(conn, ctx, ITEMS_PATH, query, ITEM_PAGES_PER_ORDER);
  return readItems(groupByOrder(payloads, [order.id]).get(order.id) ?? []);
}
