// The order list read live from the platforms: the selected connections are read concurrently through their
// adapters and merged into one page (merge.ts); one connection failing never fails the page. The product's
// list reads the order index (index-list.ts); this path stays for the benchmark's side-by-side figures and for
// picking orders in tests without an index.
import "server-only";
import type { Db } from "../db";
import { InvalidInputError } from "../domain/errors";
import { fieldIssue } from "../domain/issues";
import type { OrderListQuery } from "../domain/query";
import { getAdapter } from "../platforms/registry";
import type { Connection } from "../platforms/types";
import { liveConnections } from "./connection-cache";
import { type MergedPage, mergePage } from "./merge";
import { contextFor } from "./upstream";

export type OrderList = MergedPage;

async function selectedConnections(db: Db, query: OrderListQuery): Promise<Connection[]> {
  const wanted = new Set(query.connection);
  return (await liveConnections(db)).filter((conn) => wanted.size === 0 || wanted.has(conn.id));
}

/** Merging needs every stream in the list's order: a sort some selected platform cannot give is refused. */
function assertSortable(connections: Connection[], query: OrderListQuery): void {
  const unable = connections.filter((conn) => !getAdapter(conn.platform).sorts.has(query.sort));
  if (unable.length === 0) return;
  const names = unable.map((conn) => conn.name).join(", ");
  throw InvalidInputError.of([fieldIssue("query.sort", "sortUnavailable", { sort: query.sort, connections: names })]);
}

export interface ListOptions {
  signal?: AbortSignal;
  /** Skip the one-second page memory (the caller sent `Cache-Control: no-cache`). */
  fresh?: boolean;
}

export async function listOrdersLive(db: Db, query: OrderListQuery, options: ListOptions = {}): Promise<OrderList> {
  const connections = await selectedConnections(db, query);
  assertSortable(connections, query);
  const sources = connections.map((conn) => ({
    conn,
    adapter: getAdapter(conn.platform),
    ctx: contextFor(conn, options.signal),
  }));
  return mergePage(sources, query, options.fresh ?? false);
}
