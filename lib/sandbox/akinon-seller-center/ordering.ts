// The order list's order: its default (newest first in our reading; see variant.ts for the others) and DRF's
// OrderingFilter, `?ordering=-date_placed,number` [assumed: the seed lists no `ordering` parameter]. As DRF
// does, fields it does not allow are dropped, and with none left the default order stays.
import { compareDecimals, parseDecimal } from "./parse";
import type { OrderRecord } from "./types";
import type { SellerCenterVariant } from "./variant";

type Compare = (a: OrderRecord, b: OrderRecord) => number;

const byValue =
  <T extends string | number>(get: (record: OrderRecord) => T): Compare =>
  (a, b) => {
    const [x, y] = [get(a), get(b)];
    return x === y ? 0 : x < y ? -1 : 1;
  };

const byDecimal =
  (get: (record: OrderRecord) => string): Compare =>
  (a, b) => {
    const [x, y] = [parseDecimal(get(a)), parseDecimal(get(b))];
    return x && y ? compareDecimals(x, y) : 0;
  };

/** The OrderingFilter's `ordering_fields` [assumed]. */
const FIELDS: Readonly<Record<string, Compare>> = {
  date_placed: byValue((r) => r.placedAt),
  created_at: byValue((r) => r.createdAt),
  updated_at: byValue((r) => r.updatedAt),
  amount: byDecimal((r) => r.wire.amount),
  number: byValue((r) => r.wire.number),
  id: byValue((r) => r.wire.id),
};

/** The records (kept newest first by the store) in the list's default order for this reading. */
function defaultOrder(records: readonly OrderRecord[], variant: SellerCenterVariant): readonly OrderRecord[] {
  if (variant.listOrder === "oldest-first") return [...records].reverse();
  if (variant.listOrder === "unsorted") return [...records].sort(FIELDS.id);
  return records;
}

function requested(query: URLSearchParams): Compare[] {
  const raw = query.getAll("ordering").at(-1) ?? "";
  return raw
    .split(",")
    .map((term) => term.trim())
    .flatMap((term) => {
      const compare = FIELDS[term.replace(/^-/, "")];
      if (!compare) return [];
      return [term.startsWith("-") ? (a: OrderRecord, b: OrderRecord) => compare(b, a) : compare];
    });
}

export function orderList(
  records: readonly OrderRecord[],
  query: URLSearchParams,
  variant: SellerCenterVariant,
): readonly OrderRecord[] {
  const base = defaultOrder(records, variant);
  const terms = variant.ordering ? requested(query) : [];
  if (terms.length === 0) return base;
  // Array.prototype.sort is stable: ties keep the default order, as the database's would (roughly).
  return [...base].sort((a, b) => {
    for (const compare of terms) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return 0;
  });
}
