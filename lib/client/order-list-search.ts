// The order list's URL, declared once for the server page and the browser: one nuqs parser per parameter,
// each accepting exactly what the API's schema accepts (both are built from lib/domain/query-rules.ts, and
// order-list-search.test.ts holds them to it). From the parsed values comes the list query, and from the
// query one canonical search string (fixed key order, defaults left out): the list's API request, its cache
// key and a saved view's filters alike. Imports "nuqs/server", the part of nuqs without "use client".

import type { inferParserType } from "nuqs/server";
import {
  createLoader,
  createMultiParser,
  createParser,
  createSerializer,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs/server";
import { STAGES, type Stage } from "@/lib/domain/order";
import type { OrderListQuery } from "@/lib/domain/query";
import * as rule from "@/lib/domain/query-rules";

export const DEFAULT_SORT = rule.DEFAULT_SORT;
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_LIMIT = rule.PAGE_LIMIT.default;

/** One parameter: its trimmed text when the rule accepts it (normalized by the rule), else absent. */
const scalar = (accept: (text: string) => string | null) =>
  createParser({ parse: (text) => (text.trim() === "" ? null : accept(text.trim())), serialize: (value) => value });

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * A list given as one comma list (?stage=a,b, as the list writes it) or as repeated keys (?stage=a&stage=b);
 * items the rule refuses are left out, so the rest of a hand-edited link still applies.
 */
const list = <T extends string>(accepts: (item: string) => item is T) =>
  createMultiParser<T[]>({
    parse: (values) =>
      values
        .flatMap((value) => value.split(","))
        .map((item) => item.trim())
        .filter(accepts),
    serialize: (items) => [items.join(",")],
    eq: sameList,
  }).withDefault([]);

const isConnectionId = (item: string): item is string => rule.CONNECTION_ID.test(item);
const isStage = (item: string): item is Stage => (STAGES as readonly string[]).includes(item);
const isStatus = (item: string): item is string => item !== "" && item.length <= rule.MAX_LENGTH.status;

export const isAmount = (text: string) => rule.AMOUNT.test(text);
export const isCurrency = (text: string) => rule.CURRENCY.test(text);

export const orderListParsers = {
  connection: list(isConnectionId),
  stage: list(isStage),
  status: list(isStatus),
  q: scalar((text) => (text.length <= rule.MAX_LENGTH.q ? text : null)),
  from: scalar(rule.toInstant),
  to: scalar(rule.toInstant),
  minTotal: scalar((text) => (isAmount(text) ? text : null)),
  maxTotal: scalar((text) => (isAmount(text) ? text : null)),
  currency: scalar((text) => (isCurrency(text) ? text.toUpperCase() : null)),
  erp: parseAsStringLiteral(rule.ERP_STATES),
  sort: parseAsStringLiteral(rule.ORDER_SORTS).withDefault(DEFAULT_SORT),
  limit: createParser({
    parse: (text) => {
      const limit = Number(text);
      return Number.isInteger(limit) && limit >= rule.PAGE_LIMIT.min && limit <= rule.PAGE_LIMIT.max ? limit : null;
    },
    serialize: String,
  }).withDefault(DEFAULT_LIMIT),
  cursor: scalar((text) => (text.length <= rule.MAX_LENGTH.cursor ? text : null)),
};

/** The saved view the list was opened from (`view=<id>`): the page's state, not a filter of the list. */
export const savedViewParser = { view: parseAsString };

/** The parameters as nuqs holds them: null where absent; text typed into a filter is kept as typed. */
export type OrderListValues = inferParserType<typeof orderListParsers>;

/** Parses the list's parameters from a URL's search params, the page's `searchParams` or a search string. */
export const loadOrderListSearch = createLoader(orderListParsers);

/**
 * Parsed values → the list query. Each value already passed its own rule; what only the pair can say is
 * checked here as the API checks it: a backwards range drops its upper end.
 */
export function toOrderListQuery(values: OrderListValues): OrderListQuery {
  const some = <T>(value: T | null) => value ?? undefined;
  const from = some(values.from);
  const minTotal = some(values.minTotal);
  const to = rule.rangeInOrder(from, some(values.to)) ? some(values.to) : undefined;
  const maxTotal = rule.totalsInOrder(minTotal, some(values.maxTotal)) ? some(values.maxTotal) : undefined;
  return {
    connection: values.connection,
    stage: values.stage,
    status: values.status,
    q: some(values.q),
    from,
    to,
    minTotal,
    maxTotal,
    currency: some(values.currency),
    erp: some(values.erp),
    sort: values.sort,
    limit: values.limit,
    cursor: some(values.cursor),
  };
}

/** A search string (with or without "?") → the list query, as the server page and the API read it. */
export const parseOrderListSearch = (search: string | URLSearchParams): OrderListQuery =>
  toOrderListQuery(loadOrderListSearch(new URLSearchParams(search)));

const serialize = createSerializer(orderListParsers);

/** The canonical search string (no "?"): fixed key order, defaults left out, lists as "a,b". */
export function orderListSearch(query: Partial<OrderListQuery> | Partial<OrderListValues>): string {
  return serialize(query).replace(/^\?/, "");
}

/** Whether anything narrows or reorders the list (the page size and position do not count). */
export function hasActiveFilters(query: Partial<OrderListValues | OrderListQuery>): boolean {
  const { connection, stage, status, q, from, to, minTotal, maxTotal, currency, erp, sort } = query;
  return Boolean(
    connection?.length ||
      stage?.length ||
      status?.length ||
      q ||
      from ||
      to ||
      minTotal ||
      maxTotal ||
      currency ||
      erp ||
      (sort && sort !== DEFAULT_SORT),
  );
}
