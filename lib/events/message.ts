// One event as the stream sends it: the row's id (the SSE `id`, echoed back as Last-Event-ID) and the event.
import type { LiveEvent } from "../domain/live-events";

export interface LiveMessage {
  id: number;
  event: LiveEvent;
}

/** The PostgreSQL channel every instance LISTENs on; the payload is the new row's id. */
export const LIVE_CHANNEL = "orderdeck_events";

export function refetchMessage(id: number): LiveMessage {
  return { id, event: { type: "refetch", at: new Date().toISOString() } };
}
