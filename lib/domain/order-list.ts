// The answer of GET /api/orders, declared once for the route and the browser.
import type { OrderSummary, Stage } from "./order";
import type { PlatformId } from "./platform";

/** A connection that could not be read for this page (its orders are missing from it). */
export interface ConnectionListError {
  connectionId: string;
  connectionName: string;
  platform: PlatformId | string;
  kind: string;
  message: string;
}

/** One order a connection sent that Orderdeck could not read; the rest of that connection is listed. */
export interface UnreadableOrder {
  connectionId: string;
  connectionName: string;
  /** The platform's id of the order, when even that could be read. */
  orderId: string | null;
  message: string;
}

/** How fresh the index is for one connection (the list reads the index; lib/sync keeps it in step). */
export interface ConnectionSyncInfo {
  connectionId: string;
  connectionName: string;
  platform: PlatformId | string;
  /** backfill: the first import is under way (the list holds what it has read so far); reconcile: a full re-reading. */
  phase: "backfill" | "reconcile" | "live";
  /** When the index last read this connection's changes successfully (ISO), null before the first time. */
  lastSyncAt: string | null;
  /** The last sync's failure in the platform's words; null when the last attempt worked. */
  lastError: string | null;
  /** Orders read so far by the current full reading (the import's progress). */
  imported: number;
  /** How many orders the platform says it has, when it says. */
  total: number | null;
}

export interface OrderListPage {
  orders: OrderSummary[];
  nextCursor: string | null;
  errors: ConnectionListError[];
  unreadable: UnreadableOrder[];
  /** Per connection, the filters Orderdeck applied after reading because the platform cannot. */
  filteredHere: { connectionId: string; filters: string[] }[];
  /** Per selected connection, how fresh its orders in the index are. */
  sync: ConnectionSyncInfo[];
}

/** GET /api/orders/counts: how many orders the current filter finds, per stage and per connection. */
export interface OrderCounts {
  total: number;
  /** Per stage, with every filter but the stage (so a stage tab shows what choosing it would list). */
  stages: Partial<Record<Stage, number>>;
  /** Per connection, with every filter but the connection. */
  connections: Record<string, number>;
}
