// Test helper: reads a text/event-stream body as a browser's EventSource would, message by message (comments
// kept apart, so a test can see the heartbeat).
import type { LiveEvent } from "../domain/live-events";

export interface SseMessage {
  id: string | null;
  event: string | null;
  data: LiveEvent | null;
  retry: number | null;
  comment: string | null;
}

export interface SseReader {
  /** The next message or comment; null once the stream ended. Throws after `timeoutMs`. */
  next(timeoutMs?: number): Promise<SseMessage | null>;
  /** The next message that carries an event (skipping id-only messages and comments). */
  nextEvent(timeoutMs?: number): Promise<SseMessage | null>;
  cancel(): Promise<void>;
}

function parse(block: string): SseMessage {
  const message: SseMessage = { id: null, event: null, data: null, retry: null, comment: null };
  for (const line of block.split("\n")) {
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "") message.comment = value;
    else if (field === "id") message.id = value;
    else if (field === "event") message.event = value;
    else if (field === "data") message.data = JSON.parse(value) as LiveEvent;
    else if (field === "retry") message.retry = Number(value);
  }
  return message;
}

export function readSse(body: ReadableStream<Uint8Array>): SseReader {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let done = false;
  // A read outlives a timed-out wait: the next wait takes it over, so no chunk is lost.
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;

  async function next(timeoutMs = 5_000): Promise<SseMessage | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        return parse(block);
      }
      if (done) return null;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event-stream message within ${timeoutMs} ms`);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), left);
      });
      pending ??= reader.read();
      const read = await Promise.race([pending, timeout]);
      clearTimeout(timer);
      if (read === "timeout") throw new Error(`no event-stream message within ${timeoutMs} ms`);
      pending = null;
      if (read.done) done = true;
      else buffer += decoder.decode(read.value, { stream: true });
    }
  }

  return {
    next,
    async nextEvent(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const message = await next(Math.max(1, deadline - Date.now()));
        if (message === null || message.data !== null) return message;
      }
    },
    cancel: () => reader.cancel(),
  };
}
