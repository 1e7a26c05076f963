// Links from the overview into the order list, built with the list's own URL serializer so each opens with
// exactly the filter the figure counted: a day (its first to its last millisecond in the user's zone), a shop,
// a currency, a stage over the whole range.
import { orderListSearch } from "@/lib/client/order-list-search";
import type { Stage } from "@/lib/domain/order";
import type { OverviewDay, OverviewPeriod } from "@/lib/domain/overview";

const list = (search: string) => (search ? `/orders?${search}` : "/orders");

/** The period's instants as the list's inclusive `to`: the overview's end is exclusive. */
const lastMoment = (period: OverviewPeriod) => new Date(Date.parse(period.to) - 1).toISOString();

export const dayOrdersHref = (day: OverviewDay, connectionId?: string) =>
  list(orderListSearch({ connection: connectionId ? [connectionId] : [], from: day.from, to: day.to }));

export const dayCurrencyHref = (day: OverviewDay, currency: string) =>
  list(orderListSearch({ currency, from: day.from, to: day.to }));

export const stageHref = (period: OverviewPeriod, stage: Stage) =>
  list(orderListSearch({ stage: [stage], from: period.from, to: lastMoment(period) }));

export const waitingHref = (connectionId: string, placedBefore: string) =>
  list(orderListSearch({ connection: [connectionId], stage: ["pending", "processing"], to: placedBefore }));

/** The whole range, optionally one shop's orders only. */
export const rangeOrdersHref = (period: OverviewPeriod, connectionId?: string) =>
  list(orderListSearch({ connection: connectionId ? [connectionId] : [], from: period.from, to: lastMoment(period) }));
