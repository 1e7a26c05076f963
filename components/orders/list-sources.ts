// What the selected connections can do together: a sort is offered only when every selected connection's
// platform can sort that way (the merge needs each stream in that order).
import type { ConnectionItem } from "@/lib/client/use-connections";
import type { PlatformDescription } from "@/lib/domain/platform";
import { ORDER_SORTS, type OrderListSort } from "@/lib/domain/query";

export function availableSorts(
  selected: readonly string[],
  connections: readonly ConnectionItem[] | undefined,
  platforms: readonly PlatformDescription[] | undefined,
): OrderListSort[] {
  if (!connections || !platforms) return ["placed_desc"];
  const picked = selected.length > 0 ? connections.filter((c) => selected.includes(c.id)) : connections;
  const sortsOf = new Map(platforms.map((p) => [p.id, new Set(p.sorts)]));
  return ORDER_SORTS.filter((sort) => picked.every((c) => sortsOf.get(c.platform)?.has(sort) ?? false));
}

/** The currencies seen on the page, for the currency filter's suggestions. */
export function currenciesOf(
  orders: readonly { totals: { total: { currency: string } } }[] | undefined,
  current?: string,
): string[] {
  const set = new Set(orders?.map((o) => o.totals.total.currency));
  if (current) set.add(current);
  return [...set].sort();
}
