// The unified order list: each selected connection is read concurrently through its adapter (with the filters
// it supports natively), the rest of the filters are applied here with a bounded over-fetch, and the streams
// are merged by the list's sort into one page. One connection failing never fails the page.
import "server-only";
import { ApiError } from "../api/errors";
import type { Db } from "../db";
import type { Order } from "../domain/order";
import type { OrderListQuery } from "../domain/query";
import { isPlatformError } from "../platforms/errors";
import type { UpstreamTiming } from "../platforms/http";
import { getAdapter } from "../platforms/registry";
import type { AdapterQuery, Connection, PlatformAdapter } from "../platforms/types";
import { liveConnections } from "./connection-cache";
import { type ConnectionPosition, decodeCursor, encodeCursor } from "./cursor";
import { compareKeys, filtersAppliedHere, passesFilters, sortKeyOf } from "./ordering";
import { ConnectionStream } from "./stream";
import { contextFor } from "./upstream";

export interface ListError {
  connectionId: string;
  connectionName: string;
  platform: string;
  kind: string;
  message: string;
}

export interface OrderList {
  orders: Order[];
  nextCursor: string | null;
  errors: ListError[];
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
    sort: query.sort,
    // Over-fetch a little when we filter here, so one page usually fills the list.
    limit: filtersAppliedHere(query, adapter.filters).length > 0 ? Math.min(100, query.limit * 2) : query.limit,
  };
}

async function selectedConnections(db: Db, query: OrderListQuery): Promise<Connection[]> {
  const wanted = new Set(query.connection);
  return (await liveConnections(db)).filter((conn) => wanted.size === 0 || wanted.has(conn.id));
}

/** Merging needs every stream in the list's order: a sort some selected platform cannot give is refused. */
function assertSortable(connections: Connection[], query: OrderListQuery): void {
  const unable = connections.filter((conn) => !getAdapter(conn.platform).sorts.has(query.sort));
  if (unable.length === 0) return;
  const message = `sort ${query.sort} is not available for ${unable.map((conn) => conn.name).join(", ")}`;
  throw new ApiError(422, "invalid_input", `query.sort: ${message}`, { issues: [{ path: "query.sort", message }] });
}

export interface ListOptions {
  signal?: AbortSignal;
  /** Skip the one-second page memory (the caller sent `Cache-Control: no-cache`). */
  fresh?: boolean;
}

export async function listOrders(db: Db, query: OrderListQuery, options: ListOptions = {}): Promise<OrderList> {
  const { signal, fresh = false } = options;
  const connections = await selectedConnections(db, query);
  assertSortable(connections, query);
  const positions = decodeCursor(query.cursor);
  const streams = connections
    .map((conn) => {
      const adapter = getAdapter(conn.platform);
      const start: ConnectionPosition = positions[conn.id] ?? { page: null, after: null, done: false };
      return new ConnectionStream(
        conn,
        adapter,
        contextFor(conn, signal),
        adapterQuery(query, adapter),
        start,
        (order) => passesFilters(order, query, adapter.filters),
        fresh,
      );
    })
    .filter((stream) => !stream.position.done);
  const errors: ListError[] = [];
  await Promise.all(
    streams.map((stream) => stream.fill().catch((error: unknown) => errors.push(toListError(stream.conn, error)))),
  );

  const orders: Order[] = [];
  const failed = new Set(errors.map((error) => error.connectionId));
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
    if (orders.length < query.limit && next.head() === undefined && next.hasMore()) {
      await next.fill().catch((error: unknown) => {
        errors.push(toListError(next.conn, error));
        failed.add(next.conn.id);
      });
    }
  }

  // Each connection's position after what was shown (a failed one keeps where it was, so a retry resumes).
  const nextPositions: Record<string, ConnectionPosition> = {};
  for (const stream of streams) if (!stream.position.done) nextPositions[stream.conn.id] = stream.position;
  const more = Object.keys(nextPositions).length > 0;
  return {
    orders,
    nextCursor: more ? encodeCursor(nextPositions) : null,
    errors,
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

function toListError(conn: Connection, error: unknown): ListError {
  const aborted = error instanceof Error && (error.name === "AbortError" || error.name === "ResponseAborted");
  if (!isPlatformError(error) && !aborted) console.error(`orders: listing ${conn.name} crashed`, error);
  return {
    connectionId: conn.id,
    connectionName: conn.name,
    platform: conn.platform,
    kind: isPlatformError(error) ? error.kind : "internal",
    message: isPlatformError(error) ? error.message : "Orderdeck failed to read this connection; see the server log.",
  };
}
