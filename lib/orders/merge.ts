// One page of the unified list from several connections: each is read as a sorted stream (with the filters
// its platform supports natively), the rest of the filters are applied here, and the streams are merged by
// the list's sort. A failing connection is reported on every page and retried, but never keeps the walk
// going: the list ends when every connection that answers is exhausted.
import "server-only";
import type { Order } from "../domain/order";
import type { ConnectionListError, UnreadableOrder } from "../domain/order-list";
import type { OrderListQuery } from "../domain/query";
import { isPlatformError } from "../platforms/errors";
import type { UpstreamTiming } from "../platforms/http";
import type { AdapterContext, AdapterQuery, Connection, PlatformAdapter } from "../platforms/types";
import { type ConnectionPosition, decodeCursor, EXHAUSTED, encodeCursor, FIRST_PAGE } from "./cursor";
import { compareKeys, filtersAppliedHere, passesFilters, sortKeyOf } from "./ordering";
import { ConnectionStream } from "./stream";
import { logError } from "../db/log-error";

export interface ListSource {
  conn: Connection;
  adapter: PlatformAdapter;
  ctx: AdapterContext;
}

export interface MergedPage {
  orders: Order[];
  nextCursor: string | null;
  errors: ConnectionListError[];
  unreadable: UnreadableOrder[];
  /** Per connection, the filters Orderdeck applied after fetching because the platform cannot. */
  filteredHere: { connectionId: string; filters: string[] }[];
  timings: { connectionId: string; name: string; durationMs: number; calls: UpstreamTiming[] }[];
}

function adapterQuery(query: OrderListQuery, adapter: PlatformAdapter): AdapterQuery {
  return {
    stages: query.stage.length > 0 ? query.stage : undefined,
    statuses: query.status.length > 0 ? query.status : undefined,
    from: query.from,
    to: query.to,
    q: query.q,
    minTotal: query.minTotal,
    maxTotal: query.maxTotal,
    currency: query.currency,
    sentToErp: query.erp === undefined ? undefined : query.erp === "sent",
    sort: query.sort,
    // Over-fetch a little when we filter here, so one page usually fills the list.
    limit: filtersAppliedHere(query, adapter.filters).length > 0 ? Math.min(100, query.limit * 2) : query.limit,
  };
}

function toListError(conn: Connection, error: unknown): ConnectionListError {
  const aborted = error instanceof Error && (error.name === "AbortError" || error.name === "ResponseAborted");
  if (!isPlatformError(error) && !aborted) logError(`orders: listing ${conn.name} crashed`, error);
  return {
    connectionId: conn.id,
    connectionName: conn.name,
    platform: conn.platform,
    kind: isPlatformError(error) ? error.kind : "internal",
    message: isPlatformError(error) ? error.message : "Orderdeck failed to read this connection; see the server log.",
  };
}

export async function mergePage(sources: ListSource[], query: OrderListQuery, fresh: boolean): Promise<MergedPage> {
  const positions = decodeCursor(query.cursor);
  const startOf = (id: string): ConnectionPosition => (positions ? (positions[id] ?? EXHAUSTED) : FIRST_PAGE);
  const streams = sources
    .filter((source) => !startOf(source.conn.id).done)
    .map(({ conn, adapter, ctx }) => {
      const passes = (order: Order) => passesFilters(order, query, adapter.filters);
      return new ConnectionStream(conn, adapter, ctx, adapterQuery(query, adapter), startOf(conn.id), passes, fresh);
    });
  const errors: ConnectionListError[] = [];
  const failed = new Set<string>();
  const fill = (stream: ConnectionStream) =>
    stream.fill().catch((error: unknown) => {
      errors.push(toListError(stream.conn, error));
      failed.add(stream.conn.id);
    });
  await Promise.all(streams.map(fill));

  const orders: Order[] = [];
  const live = () => streams.filter((stream) => !failed.has(stream.conn.id));
  while (orders.length < query.limit) {
    // A stream whose budget is spent may hold earlier orders: stop here rather than show them out of order.
    if (live().some((stream) => stream.stalled())) break;
    const candidates = live().filter((stream) => stream.head() !== undefined);
    if (candidates.length === 0) break;
    const next = candidates.reduce((best, stream) =>
      compareKeys(sortKeyOf(stream.head()!), sortKeyOf(best.head()!), query.sort) < 0 ? stream : best,
    );
    orders.push(next.take());
    // Read the next page only while this page still needs orders (else the cursor resumes there).
    if (orders.length < query.limit && next.head() === undefined && next.hasMore()) await fill(next);
  }

  // Every connection of the walk keeps its place, the exhausted ones too (a failed one where it was).
  const nextPositions = Object.fromEntries(sources.map(({ conn }) => [conn.id, startOf(conn.id)]));
  for (const stream of streams) nextPositions[stream.conn.id] = stream.position;
  const more = live().some((stream) => !stream.position.done);
  return {
    orders,
    nextCursor: more ? encodeCursor(nextPositions) : null,
    errors,
    unreadable: streams.flatMap((stream) =>
      stream.unreadable.map((order) => ({ connectionId: stream.conn.id, connectionName: stream.conn.name, ...order })),
    ),
    filteredHere: streams
      .map((stream) => ({ connectionId: stream.conn.id, filters: filtersAppliedHere(query, stream.adapter.filters) }))
      .filter((entry) => entry.filters.length > 0),
    timings: streams.map((stream) => ({
      connectionId: stream.conn.id,
      name: stream.conn.name,
      durationMs: stream.durationMs,
      calls: stream.calls,
    })),
  };
}
