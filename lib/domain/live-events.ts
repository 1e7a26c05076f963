// What GET /api/events streams to a signed-in browser (Server-Sent Events): every message has an `id` (a
// growing integer, for Last-Event-ID), an `event` (the type below) and `data` (the JSON of the event).
// Events are hints, never the data itself: a page that hears of a change re-reads what it shows.
import type { Money, Stage } from "./order";

/** One order an index write added or changed. `version` equals OrderDetail.version when the order is the same. */
export interface LiveOrderRef {
  connectionId: string;
  orderId: string;
  number: string;
  placedAt: string;
  stage: Stage;
  statusLabel: string;
  customerName: string | null;
  total: Money | null;
  version: string;
}

/** At most this many refs travel in one event; `addedCount`/`changedCount` say how many there were. */
export const LIVE_REFS_PER_EVENT = 50;

export type LiveEvent =
  /** Orders written into the index (a sync pass, an order page's live read, an action's re-read). */
  | {
      type: "orders";
      /** When the index write happened (ISO, ms): the bench measures latency from it. */
      at: string;
      connectionId: string;
      /** New to the index (the first reading of a connection sends none: it would be every order). */
      added: LiveOrderRef[];
      addedCount: number;
      /** Already indexed, and different now (status, totals, tracking…). */
      changed: LiveOrderRef[];
      changedCount: number;
    }
  /** A connection's sync state changed (phase, last success, last error, backfill progress). */
  | { type: "sync"; at: string; connectionId: string }
  /**
   * The stream cannot tell this client what it missed (it reconnected after too long, or fell too far behind):
   * re-read everything shown.
   */
  | { type: "refetch"; at: string };

export type LiveEventType = LiveEvent["type"];
export const LIVE_EVENT_TYPES: readonly LiveEventType[] = ["orders", "sync", "refetch"];
