// The hub: one per process and database. It reads new event rows when woken — by a publisher in this process
// (wake.ts) or by PostgreSQL's NOTIFY from any instance (listener.ts) — and hands each, in id order, to every
// open stream's subscriber. Reads are serialized; a wake during a read makes one more read.
//
// Ids are taken when a row is inserted, but rows commit in any order: the row with id 10 may become visible
// after 11 was read. An id skipped over is remembered as a gap for a few seconds and read again until it shows
// up (or is given up: its insert was rolled back). Such a late event reaches streams after newer ones, which
// costs nothing — events are hints.
import "server-only";
import type { Db } from "../db";
import { logError } from "../db/log-error";
import { type EventListener, listenForEvents } from "./listener";
import type { LiveMessage } from "./message";
import { keptRange, readEvents } from "./read-events";
import { createSubscriber, type Subscriber, type Subscription } from "./subscription";
import { onLocalPublish } from "./wake";

const READ_BATCH = 500;
/** How long a skipped id is waited for. */
const GAP_WAIT_MS = 5_000;
/** Skipped ids remembered at most (a wider jump is a rolled-back burst, not commits racing). */
const MAX_GAPS = 200;

export interface LiveHubOptions {
  /** PostgreSQL: LISTEN here for events published by other instances. Absent on PGlite (one process). */
  listenUrl?: string;
  queueLimit?: number;
}

export interface LiveHub {
  readonly db: Db;
  /** The id of the newest event handed out: a stream that subscribes now gets every event after it. */
  position(): number;
  subscribe(): Subscription;
  subscribers(): number;
  /** Whether the hub hears other instances now (PostgreSQL: its LISTEN connection is up). */
  listening(): boolean;
  /** Reads new rows now (tests; the hub is woken by itself otherwise). Resolves when the read is done. */
  poll(): Promise<void>;
  stop(): Promise<void>;
}

export async function startLiveHub(db: Db, options: LiveHubOptions = {}): Promise<LiveHub> {
  const subscribers = new Set<Subscriber>();
  const gaps = new Map<number, number>();
  let lastId = 0;
  let reading: Promise<void> | null = null;
  let again = false;
  let started = false;

  function deliver(message: LiveMessage) {
    for (const subscriber of subscribers) subscriber.deliver(message);
  }

  async function readNew() {
    const now = Date.now();
    for (const [id, since] of gaps) if (now - since > GAP_WAIT_MS) gaps.delete(id);
    let from = gaps.size > 0 ? Math.min(...gaps.keys()) - 1 : lastId;
    for (;;) {
      const messages = await readEvents(db, from, { limit: READ_BATCH });
      for (const message of messages) {
        if (message.id > lastId) {
          if (message.id - lastId - 1 <= MAX_GAPS) for (let id = lastId + 1; id < message.id; id++) gaps.set(id, now);
          lastId = message.id;
          deliver(message);
        } else if (gaps.delete(message.id)) {
          deliver(message);
        }
      }
      if (messages.length < READ_BATCH) return;
      from = messages.at(-1)!.id;
    }
  }

  function wake(): Promise<void> {
    if (!started) return Promise.resolve();
    if (reading) {
      again = true;
      return reading;
    }
    reading = (async () => {
      do {
        again = false;
        await readNew();
      } while (again);
    })()
      .catch((error: unknown) => logError("events: reading new live events failed", error))
      .finally(() => {
        reading = null;
        // A wake that came as the loop ended.
        if (again) void wake();
      });
    return reading;
  }

  const forgetLocal = onLocalPublish(db, () => void wake());
  // LISTEN first, then read where the table ends: nothing published in between goes unheard.
  let listener: EventListener | null = null;
  if (options.listenUrl) {
    listener = listenForEvents(options.listenUrl, () => void wake());
    await listener.started;
  }
  try {
    lastId = (await keptRange(db)).newest ?? 0;
  } catch (error) {
    forgetLocal();
    await listener?.stop();
    throw error;
  }
  started = true;

  return {
    db,
    position: () => lastId,
    subscribe() {
      const subscriber = createSubscriber(options.queueLimit, () => subscribers.delete(subscriber));
      subscribers.add(subscriber);
      return subscriber.subscription;
    },
    subscribers: () => subscribers.size,
    listening: () => listener?.connected() ?? false,
    // A read under way when asked reads once more before it settles (again), so the caller's rows are in it.
    poll: () => wake(),
    async stop() {
      started = false;
      forgetLocal();
      await listener?.stop();
      for (const subscriber of [...subscribers]) subscriber.subscription.close();
      await reading;
    },
  };
}
