// Only what changed since an instant (AdapterQuery.changedFrom, for the order index's sync). Both lists filter
// by `updated_at__gte` [seed], but an item may change without its order (a reject touches the item): an order is
// changed when its own `updated_at` OR one of its items' is at or after the instant.
//
// Each call covers a span of placing times [lower, upper), newest first: the changed orders are walked as the
// list is (list-walk.ts over `orders/?updated_at__gte=`, whatever order the tenant pages in), and the span's
// orders whose items changed (`order-items/?updated_at__gte=&order__date_placed__gte|lt=`) are added, read by
// id. The next call starts where this one ended (`date_placed` below the span), so every order is listed once;
// a span holding more than a page is cut between two instants, as the walk cuts.
import "server-only";
import { z } from "zod";
import { PlatformError } from "../errors";
import type { SetAside } from "../read-each";
import type { AdapterContext, AdapterQuery, Connection } from "../types";
import { toIsoUtc } from "../wire";
import type { Order } from "../../domain/order";
import { CHANGED_ITEM_PAGES, MAX_PAGE_SIZE, ORDER_DETAIL_PATH, PAGE_BOUNDARY, SAME_INSTANT_PAGES } from "./assumed";
import { call } from "./client";
import { followPath, LIST_PATH, listParams, pageSize, wantedCodes } from "./filters";
import { ITEMS_PATH, itemOrderId } from "./items";
import { decode as decodeWalk, encode as encodeWalk } from "./list-position";
import { type FetchPage, type TimeOf, walkOrders } from "./list-walk";
import { readPage } from "./reads";

/** Reads a page of payloads into orders (orders.ts: items, addresses, the query checked again). */
export type ReadListed = (payloads: unknown[]) => Promise<{ orders: Order[]; unreadable: SetAside[] }>;

type Query = Record<string, string | number>;

/** Where the next call starts: inside the walk of changed orders, or past its end (`tail`: placed before). */
const position = z.union([z.object({ walk: z.string() }), z.object({ tail: z.iso.datetime() })]);
type Position = z.infer<typeof position>;

const PREFIX = "scc1.";
const encode = (pos: Position) => PREFIX + Buffer.from(JSON.stringify(pos), "utf8").toString("base64url");

function decode(cursor: string): Position {
  let parsed: unknown = null;
  try {
    if (cursor.startsWith(PREFIX))
      parsed = JSON.parse(Buffer.from(cursor.slice(PREFIX.length), "base64url").toString());
  } catch {
    parsed = null;
  }
  const read = position.safeParse(parsed);
  if (read.success) return read.data;
  throw new PlatformError(
    "bad_response",
    "Akinon Seller Center: this list position was not made here; reload the list",
  );
}

const idOf = (payload: unknown): string | null => {
  const id = payload && typeof payload === "object" ? (payload as Record<string, unknown>).id : undefined;
  return typeof id === "string" || typeof id === "number" ? String(id) : null;
};

/** Every record of a filtered list; more than `maxPages` pages is an error (never a silently shorter list). */
async function readEvery(conn: Connection, ctx: AdapterContext, path: string, query: Query, maxPages: number) {
  const results: unknown[] = [];
  let page = await readPage(conn, ctx, path, { ...query, page: 1, limit: MAX_PAGE_SIZE });
  for (let n = 1; ; n++) {
    results.push(...page.results);
    if (!page.next) return results;
    if (n >= maxPages)
      throw new PlatformError("bad_response", `Akinon Seller Center: more than ${maxPages} pages of changes to read`);
    page = await readPage(conn, ctx, followPath(conn.baseUrl, page.next, path));
  }
}

/** A span of placing times [lower, upper), as the ISO boundaries sent in `date_placed__lt` (null: open). */
interface Span {
  lower: string | null;
  upper: string | null;
}

const inSpan = (span: Span, time: number | null) =>
  time === null
    ? span.upper === null // an order without a readable date goes with the first call (and is set aside there)
    : (span.lower === null || time >= Date.parse(span.lower)) && (span.upper === null || time < Date.parse(span.upper));

const later = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : Date.parse(a) >= Date.parse(b) ? a : b;

/** The span's orders whose items changed (beyond `known`), read by id; those placed outside the span are left out. */
async function ordersOfChangedItems(
  conn: Connection,
  ctx: AdapterContext,
  query: AdapterQuery,
  since: string,
  span: Span,
  known: ReadonlySet<string>,
  timeOf: TimeOf,
): Promise<unknown[]> {
  const codes = wantedCodes(query);
  const from = later(span.lower, toIsoUtc(query.from));
  const to = toIsoUtc(query.to);
  const params: Query = {
    updated_at__gte: since,
    ...(from ? { order__date_placed__gte: from } : {}),
    ...(span.upper ? { order__date_placed__lt: span.upper } : {}),
    ...(to ? { order__date_placed__lte: to } : {}),
    ...(codes?.length === 1 && codes[0] ? { order__status: codes[0] } : {}),
    ...(query.q?.trim() ? { order__number__icontains: query.q.trim() } : {}),
  };
  const items = await readEvery(conn, ctx, ITEMS_PATH, params, CHANGED_ITEM_PAGES);
  const ids = [...new Set(items.map(itemOrderId))].filter((id): id is string => id !== null && !known.has(id));
  const orders = await Promise.all(
    ids.map((id) =>
      call(conn, ctx, { method: "GET", path: ORDER_DETAIL_PATH(id) }).catch((error: unknown) => {
        // Deleted since its item was read: nothing to list.
        if (error instanceof PlatformError && error.kind === "not_found") return null;
        throw error;
      }),
    ),
  );
  // Checked, not trusted: a tenant that ignores the item filters names orders of other spans too.
  return orders.filter((payload) => payload !== null && inSpan(span, timeOf(payload)));
}

interface Timed {
  payload: unknown;
  time: number | null;
}

/** Newest first (undated first: they are set aside on the first page); cut before an instant, at most `want`. */
function cut(entries: Timed[], want: number): { taken: number; before: number } | null {
  entries.sort((a, b) => (b.time ?? Number.POSITIVE_INFINITY) - (a.time ?? Number.POSITIVE_INFINITY));
  if (entries.length <= want) return null;
  const starts: { index: number; time: number }[] = [];
  entries.forEach(({ time }, index) => {
    const previous = entries[index - 1];
    if (time !== null && previous && (previous.time === null || time < previous.time)) starts.push({ index, time });
  });
  const fit = starts.findLast((start) => start.index <= want) ?? starts[0];
  return fit ? { taken: fit.index, before: fit.time + 1 } : null;
}

/** One call of the changed-since list (see the top of the file). */
export async function listChanged(
  conn: Connection,
  query: AdapterQuery & { changedFrom: string },
  cursor: string | null,
  ctx: AdapterContext,
  timeOf: TimeOf,
  read: ReadListed,
) {
  const since = toIsoUtc(query.changedFrom);
  if (!since) throw new PlatformError("bad_response", `Not an instant to read changes from: ${query.changedFrom}`);
  const { page: _page, limit: _limit, ...filters } = listParams(query);
  const params: Query = { ...filters, updated_at__gte: since };
  const want = pageSize(query.limit);
  const pos = cursor ? decode(cursor) : null;

  let payloads: unknown[];
  let span: Span;
  /** The next call when this one lists its whole span. */
  let whole: string | null;
  /** The next call when this one stops before `before` (ms, exclusive: the rest is placed before it). */
  let resume: (before: number) => string;
  if (pos && "tail" in pos) {
    // Past the walk's end: the few changed orders placed before the tail, read whole and sorted here.
    payloads = await readEvery(conn, ctx, LIST_PATH, { ...params, date_placed__lt: pos.tail }, SAME_INSTANT_PAGES);
    span = { lower: null, upper: pos.tail };
    whole = null;
    resume = (before) => encode({ tail: PAGE_BOUNDARY(before) });
  } else {
    const fetch: FetchPage = ({ page, limit, before }) =>
      readPage(conn, ctx, LIST_PATH, { ...params, page, limit, ...(before ? { date_placed__lt: before } : {}) });
    const step = await walkOrders(fetch, timeOf, want, pos?.walk ?? null);
    const next = step.next ? decodeWalk(step.next) : null;
    payloads = step.payloads;
    span = { lower: next?.before ?? null, upper: pos ? decodeWalk(pos.walk).before : null };
    whole = step.next ? encode({ walk: step.next }) : null;
    resume = (before) =>
      next
        ? encode({ walk: encodeWalk({ dir: next.dir, before: PAGE_BOUNDARY(before), size: next.size }) })
        : encode({ tail: PAGE_BOUNDARY(before) });
  }

  const known = new Set(payloads.map(idOf).filter((id): id is string => id !== null));
  const extra = await ordersOfChangedItems(conn, ctx, query, since, span, known, timeOf);
  const entries = [...payloads, ...extra].map((payload) => ({ payload, time: timeOf(payload) }));
  const stop = cut(entries, want);
  const listed = stop ? entries.slice(0, stop.taken) : entries;
  const { orders, unreadable } = await read(listed.map((entry) => entry.payload));
  return { orders, unreadable, next: stop ? resume(stop.before) : whole };
}
