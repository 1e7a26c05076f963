// Customer addresses (OCA01) by UUID — the orders only name them. A page of orders reads them in batches
// (`id__in=a,b,c`, django-filter's `in` lookup, which the seed does not list): an answer counts only for
// the ids asked, and any id it lacks is read alone (`?id=`, documented), so a tenant that ignores `id__in`
// is slower, never wrong. A small per-process cache, bounded in entries and age, spares the next pages.
import "server-only";
import type { AdapterContext, Connection } from "../types";
import { ADDRESS_BATCH, ADDRESS_BY_IDS_PARAM, MAX_PAGE_SIZE } from "./assumed";
import { readPage } from "./reads";
import { type AddressRef, type RawAddress, type RawOrder, rawAddress } from "./schema";

const ADDRESSES_PATH = "/api/i1/customer-addresses/";

export interface Resolved {
  address: RawAddress;
  raw: unknown;
}

// Addresses rarely change; ten minutes and 2,000 entries (about twenty pages of a hundred orders) keep a
// long export from growing the process while the next page and a refresh still find theirs.
const ADDRESS_TTL_MS = 10 * 60_000;
const ADDRESS_CACHE_MAX = 2_000;
type Entry = { at: number; value: Resolved | null };
const globalForAddresses = globalThis as unknown as { sellerCenterAddresses?: Map<string, Entry> };
globalForAddresses.sellerCenterAddresses ??= new Map();
const cache = globalForAddresses.sellerCenterAddresses;

const keyOf = (conn: Connection, id: string) => `${conn.id}|${conn.baseUrl}|${id}`;

function cached(key: string): Entry | undefined {
  const entry = cache.get(key);
  if (!entry) return undefined;
  cache.delete(key);
  if (Date.now() - entry.at >= ADDRESS_TTL_MS) return undefined;
  cache.set(key, entry); // most recently used last: the first key is the one to evict
  return entry;
}

function remember(key: string, value: Resolved | null): void {
  cache.delete(key);
  while (cache.size >= ADDRESS_CACHE_MAX) cache.delete(cache.keys().next().value ?? "");
  cache.set(key, { at: Date.now(), value });
}

/** The process's cached addresses (tests check that it stays bounded). */
export const addressCacheSize = () => cache.size;

/** An answer's addresses by id, kept only when asked for (an ignored filter answers with others). */
function readAnswer(results: readonly unknown[], asked: ReadonlySet<string>): Map<string, Resolved> {
  const found = new Map<string, Resolved>();
  for (const raw of results) {
    const address = rawAddress.safeParse(raw);
    const id = address.success ? address.data.id : null;
    if (address.success && id && asked.has(id) && !found.has(id)) found.set(id, { address: address.data, raw });
  }
  return found;
}

async function readBatch(conn: Connection, ctx: AdapterContext, ids: readonly string[]) {
  if (ids.length === 1) {
    const page = await readPage(conn, ctx, ADDRESSES_PATH, { id: ids[0] ?? "", limit: 1 });
    return readAnswer(page.results, new Set(ids));
  }
  const query = { [ADDRESS_BY_IDS_PARAM]: ids.join(","), limit: MAX_PAGE_SIZE };
  return readAnswer((await readPage(conn, ctx, ADDRESSES_PATH, query)).results, new Set(ids));
}

/** Each distinct address once: cached, else in batches, then one by one for what a batch lacked. */
export async function resolveAddresses(
  conn: Connection,
  ctx: AdapterContext,
  ids: Iterable<string>,
): Promise<Map<string, Resolved | null>> {
  const resolved = new Map<string, Resolved | null>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const entry = cached(keyOf(conn, id));
    if (entry) resolved.set(id, entry.value);
    else missing.push(id);
  }
  const batches = Array.from({ length: Math.ceil(missing.length / ADDRESS_BATCH) }, (_, i) =>
    missing.slice(i * ADDRESS_BATCH, (i + 1) * ADDRESS_BATCH),
  );
  const answers = await Promise.all(batches.map((batch) => readBatch(conn, ctx, batch)));
  const found = new Map(answers.flatMap((answer) => [...answer]));
  // What a batch of several lacked is read alone (a batch of one already was).
  const lacking = batches.flatMap((batch) => (batch.length > 1 ? batch.filter((id) => !found.has(id)) : []));
  const alone = await Promise.all(lacking.map((id) => readBatch(conn, ctx, [id])));
  for (const answer of alone) for (const [id, value] of answer) found.set(id, value);
  for (const id of missing) {
    const value = found.get(id) ?? null;
    remember(keyOf(conn, id), value);
    resolved.set(id, value);
  }
  return resolved;
}

/** The ids of the addresses an order names without embedding them. */
export function addressIds(order: RawOrder): string[] {
  return [order.shipping_address, order.billing_address].flatMap((ref) => (ref && !ref.address ? [ref.id] : []));
}

/** An order's address: embedded in the order, or resolved by its UUID (null when not read or not found). */
export function addressFor(ref: AddressRef | null | undefined, resolved: ReadonlyMap<string, Resolved | null>) {
  if (!ref) return null;
  if (ref.address) return { address: ref.address, raw: ref.address };
  return resolved.get(ref.id) ?? null;
}
