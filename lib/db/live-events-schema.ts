// The live updates' outbox (lib/events): every index change and sync state change is a row here, so a stream
// that reconnects can be sent what it missed (Last-Event-ID) and every app instance reads the same sequence.
// Short-lived: rows older than an hour, or beyond the newest few thousand, are pruned (lib/events/prune.ts).
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LiveEvent } from "../domain/live-events";

export const liveEvents = pgTable(
  "live_events",
  {
    /** The stream's event id: a growing integer, sent as the SSE `id` (Last-Event-ID on reconnect). */
    id: bigserial("id", { mode: "number" }).primaryKey(),
    type: text("type").$type<LiveEvent["type"]>().notNull(),
    /** The connection the event is about (null for events about none). No foreign key: the row outlives nothing. */
    connectionId: uuid("connection_id"),
    payload: jsonb("payload").$type<LiveEvent>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Pruning by age reads the oldest rows.
  (table) => [index("live_events_created_idx").on(table.createdAt)],
);
