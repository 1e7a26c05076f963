// The answer of GET /api/orders, declared once for the route and the browser.
import type { OrderSummary } from "./order";
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

export interface OrderListPage {
  orders: OrderSummary[];
  nextCursor: string | null;
  errors: ConnectionListError[];
  unreadable: UnreadableOrder[];
  /** Per connection, the filters Orderdeck applied after reading because the platform cannot. */
  filteredHere: { connectionId: string; filters: string[] }[];
}
