// A one-second memory of list pages per connection: identical list requests arriving together (many users
// on the list, a dashboard refreshing, a script polling) share one upstream read and one mapping instead of
// repeating them. Any write through Orderdeck to a connection forgets its pages at once, so our own actions
// always show; a change made elsewhere shows within the second.
import "server-only";
import type { OrderPage } from "../platforms/types";

const TTL_MS = 1000;
const MAX_ENTRIES = 500;

interface Entry {
  at: number;
  page: Promise<OrderPage>;
}

const globalForPages = globalThis as unknown as { orderdeckPages?: Map<string, Entry> };
globalForPages.orderdeckPages ??= new Map();
const pages = globalForPages.orderdeckPages;

/**
 * Entries are kept in the order they were made, so the expired ones are at the front: dropping them on every
 * write keeps at most a second of pages (an export pages through thousands; they must not pile up).
 */
function forgetExpired(now = Date.now()): void {
  for (const [id, entry] of pages) {
    if (now - entry.at < TTL_MS && pages.size < MAX_ENTRIES) return;
    pages.delete(id);
  }
}

/** `fresh` skips the memory (a caller sent `Cache-Control: no-cache`) but still leaves this read in it. */
export function cachedPage(
  connectionId: string,
  key: string,
  load: () => Promise<OrderPage>,
  fresh = false,
): Promise<OrderPage> {
  const id = `${connectionId}\u0000${key}`;
  const hit = pages.get(id);
  if (!fresh && hit && Date.now() - hit.at < TTL_MS) return hit.page;
  forgetExpired();
  const page = load();
  pages.set(id, { at: Date.now(), page });
  // A failure is not remembered: the next request tries again.
  page.catch(() => pages.delete(id));
  return page;
}

/** How many pages are remembered now (for tests and the benchmark). */
export function rememberedPages(): number {
  return pages.size;
}

export function forgetConnection(connectionId: string): void {
  for (const id of pages.keys()) if (id.startsWith(`${connectionId}\u0000`)) pages.delete(id);
}
