// One open stream's queue of events not yet sent. A client that reads slower than events come (a stalled tab,
// a slow link: the response's backpressure stops our reads) would make it grow without end: past `limit` its
// queue is dropped for one `refetch`, so a stream's memory stays flat whatever happens on the other end.
import type { LiveMessage } from "./message";
import { refetchMessage } from "./message";

/** Unsent events one stream may hold before it is told to refetch instead. */
export const SUBSCRIBER_QUEUE_LIMIT = 100;

export interface Subscription {
  /** The next event; "idle" when none came within `idleMs`; null once the subscription is closed. */
  next(idleMs: number): Promise<LiveMessage | "idle" | null>;
  /** Events waiting to be sent. */
  pending(): number;
  close(): void;
}

export interface Subscriber {
  subscription: Subscription;
  deliver(message: LiveMessage): void;
  isClosed(): boolean;
}

export function createSubscriber(limit = SUBSCRIBER_QUEUE_LIMIT, onClose: () => void = () => undefined): Subscriber {
  let queue: LiveMessage[] = [];
  let closed = false;
  // At most one reader waits at a time (the stream's pull); a timed-out wait gives its slot back.
  let waiter: ((message: LiveMessage | null) => void) | null = null;

  function deliver(message: LiveMessage) {
    if (closed) return;
    if (waiter) {
      const wake = waiter;
      waiter = null;
      wake(message);
      return;
    }
    queue.push(message);
    // The refetch carries the newest dropped id: a reconnect from it resumes after what was dropped.
    if (queue.length > limit) queue = [refetchMessage(message.id)];
  }

  const subscription: Subscription = {
    next(idleMs) {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      if (closed) return Promise.resolve(null);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiter = null;
          resolve("idle");
        }, idleMs);
        waiter = (message) => {
          clearTimeout(timer);
          resolve(message);
        };
      });
    },
    pending: () => queue.length,
    close() {
      if (closed) return;
      closed = true;
      queue = [];
      waiter?.(null);
      waiter = null;
      onClose();
    },
  };
  return { subscription, deliver, isClosed: () => closed };
}
