// Omnitron's order list newest first, whatever order a tenant's pages come in. Every request asks for
// `ordering=-date_placed` but nothing relies on it: pages are read at the largest size, so their dates say
// which way the tenant runs (its last page too when page 1 cannot tell); each later page must run the same way
// and join up with the one before; an oldest-first tenant is walked back from its last page (`count` says
// which one); a tenant with no date order is read whole and sorted here. A call gives at most `limit` orders
// of a page and comes back to the same page for the rest. The guesses left are listed in assumed.ts.
import "server-only";
import type { Order } from "../../domain/order";
import { isPlatformError, PlatformError } from "../errors";
import type { SetAside } from "../read-each";
import { FULL_READ_MAX_PAGES, MAX_PAGE_SIZE, MIN_PAGE_TO_JUDGE } from "./assumed";
import { LIST_PATH, pageSize } from "./filters";
import {
  type Direction,
  directionAcross,
  directionOf,
  joinsUp,
  type Key,
  keyOf,
  listedAfter,
  type Position,
  sortNewestFirst,
} from "./paging";

/** One page as read: its orders (and those set aside), `count`, and its next link as a path on our base URL. */
export interface PageRead {
  orders: Order[];
  unreadable: SetAside[];
  count: number | null;
  next: string | null;
}

/** What one call of listOrders gives: orders newest first, and where the walk goes on. */
export interface Step {
  orders: Order[];
  unreadable: SetAside[];
  count: number | null;
  next: Position | null;
}

type Params = Record<string, string | number>;
export type ReadPage = (request: { path: string; query?: Params }) => Promise<PageRead>;

const numbered = (params: Params, page: number, length: number) => ({
  path: LIST_PATH,
  query: { ...params, page, limit: length },
});

/** A numbered page as the path a position keeps (so a later call reads that same page). */
const pathOf = ({ path, query }: ReturnType<typeof numbered>) =>
  `${path}?${new URLSearchParams(Object.entries(query).map(([name, value]) => [name, String(value)]))}`;

/** Where a call starts: at most `limit` orders after `boundary`; `seen`: the set-aside orders were reported. */
interface From {
  limit: number;
  boundary: Key | null;
  seen: boolean;
}

interface Slice {
  page: PageRead;
  /** The candidates: this page's orders (the whole list's in an "all" walk). */
  orders: readonly Order[];
  /** The position of this same page, for what one call could not give. */
  here: (after: Key) => Position;
  /** The position of the page after this one, or null at the end. */
  onward: ((after: Key | null) => Position) | null;
}

/** Up to `limit` of the page's orders after the boundary, newest first, and the position after them. */
function give({ page, orders, here, onward }: Slice, { limit, boundary, seen }: From): Step {
  const rest = listedAfter(sortNewestFirst(orders), boundary);
  const given = rest.slice(0, pageSize(limit));
  const last = given.at(-1);
  const after = last ? keyOf(last) : boundary;
  const next = rest.length > given.length && after ? here(after) : onward ? onward(after) : null;
  return { orders: given, unreadable: seen ? [] : page.unreadable, count: page.count, next };
}

/** A later page still runs the way the walk goes, and joins up with what was given so far. */
function fits(page: PageRead, direction: Direction, boundary: Key | null): boolean {
  const runs = directionOf(page.orders);
  return (runs === direction || runs === "undecided") && joinsUp(page.orders, boundary);
}

function nextPages(page: PageRead, path: string, from: From): Step {
  const { next } = page;
  const here = (after: Key): Position => ({ walk: "next", path, after, seen: true });
  const onward = next ? (after: Key | null): Position => ({ walk: "next", path: next, after }) : null;
  return give({ page, orders: page.orders, here, onward }, from);
}

function backPages(page: PageRead, number: number, length: number, from: From): Step {
  const here = (after: Key): Position => ({ walk: "back", page: number, length, after, seen: true });
  const onward =
    number > 1 ? (after: Key | null): Position => ({ walk: "back", page: number - 1, length, after }) : null;
  return give({ page, orders: page.orders, here, onward }, from);
}

export async function firstStep(read: ReadPage, params: Params, limit: number): Promise<Step> {
  const request = numbered(params, 1, MAX_PAGE_SIZE);
  const first = await read(request);
  const from: From = { limit, boundary: null, seen: false };
  // One page holds the whole list: sorted here, its own order does not matter.
  if (!first.next) return allStep(read, params, from, first);
  const length = first.orders.length + first.unreadable.length;
  // A page this short says too little about the tenant's order (two orders fall in order half the time).
  if (length < MIN_PAGE_TO_JUDGE) return allStep(read, params, from, first);
  const lastPage = first.count ? Math.ceil(first.count / length) : 0;
  let direction = directionOf(first.orders);
  let last: PageRead | null = null;
  if (direction === "undecided" && lastPage > 1) {
    last = await read(numbered(params, lastPage, length));
    direction = directionAcross(first.orders, last.orders);
  }
  if (direction === "newest-first") {
    return nextPages(first, pathOf(request), from);
  }
  if (direction === "oldest-first" && lastPage > 1) {
    last ??= await read(numbered(params, lastPage, length));
    if (fits(last, "oldest-first", null)) return backPages(last, lastPage, length, from);
  }
  return allStep(read, params, from);
}

export async function nextStep(read: ReadPage, params: Params, limit: number, position: Position): Promise<Step> {
  const { after: boundary, seen = false } = position;
  const from: From = { limit, boundary, seen };
  // Mid-walk, a fall-back to the whole list reports no set-aside orders: earlier calls reported theirs.
  const whole = () => allStep(read, params, { ...from, seen: true });
  if (position.walk === "next") {
    const page = await read({ path: position.path });
    if (!fits(page, "newest-first", boundary)) return whole();
    return nextPages(page, position.path, from);
  }
  if (position.walk === "back") {
    const { page: number, length } = position;
    let page: PageRead;
    try {
      page = await read(numbered(params, number, length));
    } catch (error) {
      // DRF's 404 "Invalid page.": the list shrank under the walk; reading it whole still gives every order.
      if (isPlatformError(error) && error.kind === "not_found") return whole();
      throw error;
    }
    if (!fits(page, "oldest-first", boundary)) return whole();
    return backPages(page, number, length, from);
  }
  return allStep(read, params, from);
}

/**
 * Every page (at the largest size), sorted here: up to `limit` orders after `boundary`. `seen`: the orders set
 * aside were reported already (every call reads every page again; they are reported by the first one only).
 */
async function allStep(read: ReadPage, params: Params, from: From, first?: PageRead): Promise<Step> {
  const byId = new Map<string, Order>();
  const unreadable: SetAside[] = [];
  let page = first ?? (await read(numbered(params, 1, MAX_PAGE_SIZE)));
  const count = page.count;
  for (let pages = 1; ; pages++) {
    for (const order of page.orders) byId.set(order.id, order);
    unreadable.push(...page.unreadable);
    if (!page.next) break;
    if (pages === FULL_READ_MAX_PAGES) {
      throw new PlatformError(
        "unsupported",
        `Akinon Omnitron sends these orders in no date order, and more than ${FULL_READ_MAX_PAGES * MAX_PAGE_SIZE} of them: Orderdeck cannot list them newest first. Narrow the list (placed dates, a status, Sent to ERP).`,
      );
    }
    page = await read({ path: page.next });
  }
  const whole: PageRead = { orders: [], unreadable, count, next: null };
  const here = (after: Key): Position => ({ walk: "all", after, seen: true });
  return give({ page: whole, orders: [...byId.values()], here, onward: null }, from);
}
