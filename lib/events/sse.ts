// The text/event-stream wire format (WHATWG HTML, "Server-sent events"): fields, one per line, a blank line ends
// a message. JSON never holds a raw newline, so `data` is always one line.
import type { LiveMessage } from "./message";

export function sseMessage({ id, event }: LiveMessage): string {
  return `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * The stream's first bytes: how long the browser waits before reconnecting, and the position it resumes from.
 * A message with an id and no data sets EventSource's lastEventId without firing an event, so a stream that
 * drops before its first event still resumes from where it started.
 */
export function sseOpening(retryMs: number, position: number): string {
  return `retry: ${retryMs}\nid: ${position}\n\n`;
}

/** A comment line: proxies that close idle connections see traffic, the browser sees nothing. */
export const SSE_HEARTBEAT = ": keep-alive\n\n";
