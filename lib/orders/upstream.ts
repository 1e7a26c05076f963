// Builds the upstream transport for one connection, with that platform's limits (a connection's
// options may override them: requestsPerSecond, concurrency, timeoutMs) and its secrets for redaction.
import "server-only";
import { setMaxListeners } from "node:events";
import { env } from "../env";
import { createUpstream, type Upstream } from "../platforms/http";
import type { CallPriority } from "../platforms/http-limits";
import { getAdapter } from "../platforms/registry";
import type { AdapterContext, Connection } from "../platforms/types";

function numberOption(conn: Pick<Connection, "options">, name: string): number | undefined {
  const value = conn.options[name];
  return typeof value === "number" && value > 0 ? value : undefined;
}

/** How many calls the connection may have in flight: its own option, else its platform's limit. */
export function concurrencyOf(conn: Pick<Connection, "platform" | "options">): number {
  return numberOption(conn, "concurrency") ?? getAdapter(conn.platform).limits.concurrency;
}

// Someone is waiting on an interactive request: all its calls together (an action reads, writes, re-reads) wait on
// the platform at most this long — or the connection's own timeoutMs when an admin set it longer for a slow shop —
// so the page answers within 10 s with 2 s left for Orderdeck's own work (a loaded PGlite server needed more
// than 1). The sync has no such budget.
const INTERACTIVE_BUDGET_MS = 8_000;

export function upstreamFor(conn: Connection, priority: CallPriority = "interactive"): Upstream {
  const adapter = getAdapter(conn.platform);
  const timeoutMs = numberOption(conn, "timeoutMs") ?? 10_000;
  return createUpstream({
    connectionId: conn.id,
    platformLabel: adapter.label,
    baseUrl: conn.baseUrl,
    secrets: Object.values(conn.credentials).filter((value) => value.length >= 4),
    timeoutMs,
    budgetMs:
      priority === "interactive" ? Math.max(INTERACTIVE_BUDGET_MS, numberOption(conn, "timeoutMs") ?? 0) : undefined,
    requestsPerSecond: numberOption(conn, "requestsPerSecond") ?? adapter.limits.requestsPerSecond,
    concurrency: concurrencyOf(conn),
    allowPrivate: env().UPSTREAM_ALLOW_PRIVATE,
    priority,
  });
}

/** `background` for the sync: it waits while someone's order page or action is queued for the same shop. */
export function contextFor(
  conn: Connection,
  signal?: AbortSignal,
  priority: CallPriority = "interactive",
): AdapterContext {
  // One request's signal is shared by all of its upstream calls: a 100-order list page may make hundreds
  // (Seller Center reads addresses one customer at a time, for up to MAX_PAGES_PER_REQUEST pages).
  if (signal) setMaxListeners(2000, signal);
  return { upstream: upstreamFor(conn, priority), signal };
}
