// Finding orders in the right state through Orderdeck's own API (list with filters, then each detail's
// actions), so a spec never depends on a seed's particular ids. Orders a spec has used are not handed out again.
import type { APIRequestContext } from "@playwright/test";
import { expect } from "@playwright/test";
import type { AvailableAction } from "../../lib/domain/action";
import type { Order } from "../../lib/domain/order";

export interface Detail {
  order: Order;
  actions: AvailableAction[];
}

const used = new Set<string>();

/** GET with one retry when the server drops a reused keep-alive socket (ECONNRESET under load). */
async function get(api: APIRequestContext, path: string) {
  try {
    return await api.get(path);
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return api.get(path);
  }
}

/** One page of the filtered list (40: larger pages of a slow platform can time out on a busy machine). */
export async function listOrderIds(
  api: APIRequestContext,
  connectionId: string,
  filters = "",
  cursor?: string,
): Promise<{ ids: string[]; next: string | null }> {
  const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
  const res = await get(api, `/api/orders?connection=${connectionId}&limit=40${filters}${after}`);
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as { orders: { id: string }[]; nextCursor: string | null };
  return { ids: body.orders.map((order) => order.id), next: body.nextCursor };
}

export async function readDetail(api: APIRequestContext, connectionId: string, orderId: string): Promise<Detail> {
  const res = await get(api, `/api/orders/${connectionId}/${encodeURIComponent(orderId)}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as Detail;
}

/** The first `count` not-yet-used orders (in list order) whose detail satisfies `want`; marks them used. */
export async function findOrders(
  api: APIRequestContext,
  connectionId: string,
  want: (detail: Detail) => boolean,
  count: number,
  filters = "",
): Promise<Detail[]> {
  const found: Detail[] = [];
  let cursor: string | undefined;
  // Earlier specs (bulk) and tests change orders: look further down the list when the first page is used up.
  for (let page = 0; page < 4 && found.length < count; page++) {
    const { ids, next } = await listOrderIds(api, connectionId, filters, cursor);
    const fresh = ids.filter((id) => !used.has(`${connectionId}/${id}`));
    // A few live reads at a time, kept in list order so the pick stays deterministic.
    for (let i = 0; i < fresh.length && found.length < count; i += 5) {
      const details = await Promise.all(fresh.slice(i, i + 5).map((id) => readDetail(api, connectionId, id)));
      for (const detail of details.filter(want)) {
        if (found.length === count) break;
        used.add(`${connectionId}/${detail.order.id}`);
        found.push(detail);
      }
    }
    if (!next) break;
    cursor = next;
  }
  if (found.length < count)
    throw new Error(
      `only ${found.length} of ${count} orders of ${connectionId} (${filters || "any"}) in the wanted state`,
    );
  return found;
}

export async function findOrder(
  api: APIRequestContext,
  connectionId: string,
  want: (detail: Detail) => boolean,
  filters = "",
): Promise<Detail> {
  const [detail] = await findOrders(api, connectionId, want, 1, filters);
  return detail!;
}

export const hasAction = (label: string, type?: string) => (detail: Detail) =>
  detail.actions.some((action) => action.label === label && (!type || action.type === type));

export function pagePath(connectionId: string, orderId: string): string {
  return `/orders/${connectionId}/${encodeURIComponent(orderId)}`;
}
