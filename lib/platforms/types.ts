// The adapter contract: the narrow interface every platform folder implements, in Orderdeck's own
// domain types. Nothing of a platform's wire format crosses it.
import "server-only";
import type { z } from "zod";
import type { ActionChoices, ActionInput, ActionType, AvailableAction } from "../domain/action";
import type { Order, Stage } from "../domain/order";
import type { CredentialMode, FormField, OrderFilterKey, PlatformId } from "../domain/platform";
import type { OrderListSort } from "../domain/query";
import type { Upstream } from "./http";
import type { SetAside } from "./read-each";

/** A connection as the server uses it: credentials decrypted, never sent to a browser. */
export interface Connection {
  id: string;
  name: string;
  platform: PlatformId;
  /** The platform's host (and optional path prefix), e.g. https://shop.example.ro — adapters append the documented paths. */
  baseUrl: string;
  credentials: Record<string, string>;
  options: Record<string, string | number | boolean>;
}

/** Per call: the upstream transport bound to this connection, and the caller's cancellation. */
export interface AdapterContext {
  upstream: Upstream;
  signal?: AbortSignal;
}

/** A field of the admin's connection form, derived from the adapter. */
export type { FormField, OrderFilterKey };
/** The list orders an adapter may offer (the same as the list's sorts). */
export type OrderSort = OrderListSort;

/** The list filters as an adapter receives them; it applies natively those in its `filters`. */
export interface AdapterQuery {
  stages?: Stage[];
  /** The platform's own status codes (only when one connection is selected). */
  statuses?: string[];
  from?: string;
  to?: string;
  q?: string;
  minTotal?: string;
  maxTotal?: string;
  currency?: string;
  /** Only orders the platform changed at or after this instant (adapters with `changedSince` only; for the sync). */
  changedFrom?: string;
  /** true: only orders already sent to the ERP; false: only those not yet sent (Omnitron's `is_send`). */
  sentToErp?: boolean;
  sort: OrderSort;
  /** How many orders the caller wants at most from this page (the adapter may return fewer). */
  limit: number;
}

export interface OrderPage {
  orders: Order[];
  /** Orders on this page whose essential fields could not be read (see read-each.ts); the rest are listed. */
  unreadable?: SetAside[];
  /** The adapter's own opaque position of the next page, or null at the end. */
  next: string | null;
  total?: number;
}

/** What an accepted write tells the caller about re-reading the order. */
export interface AcceptedWrite {
  /** The id to re-read, when the action was addressed by another (e.g. an order number). */
  orderId?: string;
  /** A message when the re-read order does not show the write (the platform said OK but did not apply it). */
  check?: (order: Order) => string | null;
}

export interface PlatformAdapter {
  id: PlatformId;
  label: string;
  /** The platform's mark, a file under public/ (e.g. "/platforms/retailys.svg"): our own drawing, not a vendor logo. */
  icon: string;
  /** The connection form's base URL field: an example, and where the platform's API lives. */
  baseUrl: { placeholder: string; hint: string };
  /** When the credentials are one of several sets (Seller Center: email + password, or a token): the form's choice. */
  credentialModes?: CredentialMode[];
  /** Validates the credentials an admin enters (and drives the form through `credentialFields`). */
  credentialsSchema: z.ZodType<Record<string, string>>;
  credentialFields: FormField[];
  optionsSchema: z.ZodType<Record<string, string | number | boolean>>;
  optionFields: FormField[];
  /** The zone of the platform's country, for times it sends without an offset (a connection may choose another). */
  defaultTimeZone: string;
  /** Upstream limits for one connection, from platforms.md (a connection's options may lower or raise them). */
  limits: { requestsPerSecond: number; concurrency: number };
  filters: ReadonlySet<OrderFilterKey>;
  sorts: ReadonlySet<OrderSort>;
  /**
   * The platform can list the orders changed since an instant (AdapterQuery.changedFrom): the sync reads only
   * those. Without it, the sync re-reads the newest orders and a periodic full reading finds older changes.
   */
  changedSince?: boolean;
  /** Every action type this platform supports in some state; availableActions picks among them by state. */
  actions: readonly ActionType[];
  /** Logs in where needed and reads one order; throws PlatformError with the platform's message. */
  testConnection(conn: Connection, ctx: AdapterContext): Promise<void>;
  listOrders(conn: Connection, query: AdapterQuery, cursor: string | null, ctx: AdapterContext): Promise<OrderPage>;
  getOrder(conn: Connection, orderId: string, ctx: AdapterContext): Promise<Order>;
  /** Pure: what the order's current state allows (platforms.md section 6). */
  availableActions(order: Order): AvailableAction[];
  /**
   * Sends the action's write(s) and resolves once the platform accepted them; it does not re-read the order
   * (the caller does, so a failed re-read can never make an accepted write look failed and be repeated).
   */
  perform(conn: Connection, orderId: string, action: ActionInput, ctx: AdapterContext): Promise<AcceptedWrite>;
  /**
   * The lists some action fields choose from on this connection (carriers, cancellation reasons); absent when
   * the platform has none. Read with the order on its page; a failure leaves the fields free text.
   */
  actionChoices?(conn: Connection, ctx: AdapterContext): Promise<ActionChoices>;
  /** The platform's own status list (for the status filter and "Change status"). */
  statuses(conn: Connection, ctx: AdapterContext): Promise<{ code: string; label: string; stage: Stage }[]>;
}
