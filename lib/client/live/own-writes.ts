// Which orders this tab itself just read or changed. An order page's live read and its actions write the order
// into the index, and the index write comes back as an `orders` event — possibly before the page has the answer
// that caused it. Such an event is the page's own news, not a change on the platform to warn about.

/** How long after its own read or action ends a page takes events about the order as its own. */
export const OWN_WRITE_GRACE_MS = 8_000;

const running = new Map<string, number>();
const ended = new Map<string, number>();

const keyOf = (connectionId: string, orderId: string) => `${connectionId}/${orderId}`;

/** Marks a read or an action of the order as running; call the returned function when it ends (either way). */
export function beginOwnWrite(connectionId: string, orderId: string): () => void {
  const key = keyOf(connectionId, orderId);
  running.set(key, (running.get(key) ?? 0) + 1);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const left = (running.get(key) ?? 1) - 1;
    if (left > 0) running.set(key, left);
    else running.delete(key);
    ended.set(key, Date.now());
  };
}

/**
 * Whether an event about the order now is the tab's own: a read or action of it is running, or (`grace`, for
 * answers without the order's version, which cannot tell by themselves) one ended moments ago.
 */
export function isOwnWrite(connectionId: string, orderId: string, now = Date.now(), grace = true): boolean {
  const key = keyOf(connectionId, orderId);
  return running.has(key) || (grace && now - (ended.get(key) ?? Number.NEGATIVE_INFINITY) < OWN_WRITE_GRACE_MS);
}
