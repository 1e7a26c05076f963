// Per-connection limits shared by every Upstream of the same connection in the process: the order index's
// sync, several users' order pages and actions, and a health check all count against the platform's one budget
// (MerchantPro ~3–4 req/s, Retailys 100 req/s per IP). One priority queue per connection (p-queue: concurrency
// and a sliding-window rate in one place) lets interactive calls go before the sync's queued background ones.
// Kept on globalThis so they survive Next's module reloads; recreated when a connection's limits change. Plus
// coalescing of identical in-flight GETs.
import "server-only";
import PQueue from "p-queue";

/** interactive: someone is waiting (an order page, an action); background: the sync. */
export type CallPriority = "interactive" | "background";
const PRIORITY: Record<CallPriority, number> = { interactive: 1, background: 0 };

interface ConnectionLimits {
  requestsPerSecond: number;
  concurrency: number;
  queue: PQueue;
}

interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

const store = globalThis as typeof globalThis & {
  __orderdeckUpstreamLimits?: Map<string, ConnectionLimits>;
  __orderdeckUpstreamFlights?: Map<string, Flight<unknown>>;
};

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function limitsFor(connectionId: string, requestsPerSecond: number, concurrency: number): ConnectionLimits {
  store.__orderdeckUpstreamLimits ??= new Map();
  const current = store.__orderdeckUpstreamLimits.get(connectionId);
  if (current && current.requestsPerSecond === requestsPerSecond && current.concurrency === concurrency) return current;
  // One start per 1/rate seconds, no burst: "N req/s" platforms count in sliding windows we cannot see.
  const queue = new PQueue({ concurrency, intervalCap: 1, interval: 1000 / requestsPerSecond, strict: true });
  const fresh: ConnectionLimits = { requestsPerSecond, concurrency, queue };
  store.__orderdeckUpstreamLimits.set(connectionId, fresh);
  return fresh;
}

/**
 * Runs `send` within the connection's concurrency limit (an integer ≥ 1) and request rate (> 0 per second),
 * interactive calls before queued background ones. A caller that gives up while queued (deadline,
 * cancellation) leaves the queue at once.
 */
export function runLimited<T>(
  connectionId: string,
  rate: { requestsPerSecond: number; concurrency: number },
  signal: AbortSignal,
  priority: CallPriority | undefined,
  send: () => Promise<T>,
): Promise<T> {
  const { queue } = limitsFor(connectionId, rate.requestsPerSecond, rate.concurrency);
  const task = queue.add(
    () => {
      signal.throwIfAborted();
      return send();
    },
    { priority: PRIORITY[priority ?? "interactive"], signal },
  ) as Promise<T>;
  return abortable(task, signal);
}

/**
 * Coalesces identical concurrent calls under `key`: the first caller starts `start`, later ones share its
 * result. The shared call is aborted only when every waiting caller has given up.
 */
export function joinFlight<T>(
  key: string,
  start: (signal: AbortSignal) => Promise<T>,
  signal: AbortSignal | undefined,
): { promise: Promise<T>; joined: boolean } {
  if (signal?.aborted) return { promise: Promise.reject(signal.reason), joined: false };
  store.__orderdeckUpstreamFlights ??= new Map();
  const flights = store.__orderdeckUpstreamFlights;
  let flight = flights.get(key) as Flight<T> | undefined;
  const joined = flight !== undefined;
  if (!flight) {
    const controller = new AbortController();
    const created: Flight<T> = {
      controller,
      waiters: 0,
      promise: Promise.resolve().then(() => start(controller.signal)),
    };
    // Only concurrent calls share: the flight leaves the map the moment it settles.
    const land = () => flights.get(key) === created && flights.delete(key);
    created.promise.then(land, land);
    flights.set(key, created as Flight<unknown>);
    flight = created;
  }
  const current = flight;
  current.waiters += 1;
  const leave = () => {
    current.waiters -= 1;
    if (current.waiters === 0) current.controller.abort(signal?.reason);
  };
  signal?.addEventListener("abort", leave, { once: true });
  const promise = abortable(current.promise, signal);
  promise.then(
    () => signal?.removeEventListener("abort", leave),
    () => signal?.removeEventListener("abort", leave),
  );
  return { promise, joined };
}
