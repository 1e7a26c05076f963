// One client's event stream: what it missed since its Last-Event-ID, then every event as the hub hands it out,
// a heartbeat while nothing happens, and an end when the client goes away or may no longer listen.
import "server-only";
import type { Db } from "../db";
import { logError } from "../db/log-error";
import type { LiveHub } from "./hub";
import { missedSince } from "./replay";
import { SSE_HEARTBEAT, sseMessage, sseOpening } from "./sse";
import { liveStreamTimings } from "./timings";

export interface LiveStreamOptions {
  hub: LiveHub;
  db: Db;
  /** The client's Last-Event-ID (parseLastEventId): null for a fresh stream. */
  lastEventId: number | "unknown" | null;
  /** The request's signal: the client went away. */
  signal: AbortSignal;
  /** Whether the caller may still listen; false (or a throw) ends the stream. Asked every recheckMs. */
  stillAllowed(): Promise<boolean>;
}

export function openLiveStream({
  hub,
  db,
  lastEventId,
  signal,
  stillAllowed,
}: LiveStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const { retryMs, heartbeatMs, recheckMs } = liveStreamTimings;
  // Subscribed before the backlog is read: every event after `position` arrives live, every one up to it is replayed.
  const subscription = hub.subscribe();
  const position = hub.position();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let ended = false;
  let recheck: NodeJS.Timeout | undefined;

  function end() {
    if (ended) return;
    ended = true;
    clearInterval(recheck);
    signal.removeEventListener("abort", end);
    subscription.close();
    try {
      controller?.close();
    } catch {
      // Already closed or errored by the other side.
    }
  }

  function send(text: string) {
    if (!ended) controller?.enqueue(encoder.encode(text));
  }

  return new ReadableStream<Uint8Array>({
    async start(streamController) {
      controller = streamController;
      if (signal.aborted) return end();
      signal.addEventListener("abort", end);
      recheck = setInterval(() => {
        stillAllowed().then(
          (allowed) => {
            if (!allowed) end();
          },
          (error: unknown) => {
            logError("events: re-checking a stream's caller failed; ending the stream", error);
            end();
          },
        );
      }, recheckMs);
      try {
        if (lastEventId !== null)
          for (const message of await missedSince(db, lastEventId, position)) send(sseMessage(message));
      } catch (error) {
        // Without its backlog the client cannot know what it missed: it reconnects and tries again.
        logError("events: replaying missed events failed", error);
        return end();
      }
      send(sseOpening(retryMs, position));
    },
    async pull() {
      const next = await subscription.next(heartbeatMs);
      if (next === null) return end();
      send(next === "idle" ? SSE_HEARTBEAT : sseMessage(next));
    },
    cancel: end,
  });
}
