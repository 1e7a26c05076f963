// The walk against a fake order list that answers like DRF (page/limit, count, next; `date_placed__lt`) in the
// order it chooses: every order exactly once, newest first across calls, whatever the list's order, page size,
// ties and shop size; a list in no date order is refused.
import { describe, expect, it } from "vitest";
import { PlatformError } from "../errors";
import { type FetchPage, walkOrders } from "./list-walk";
import type { RawPage } from "./schema";

interface Fake {
  id: string;
  date_placed: string;
}

type Order = "newest" | "oldest" | "unsorted";

/** A DRF-like list over `records`; ties keep the records' own order (not by id: a platform may not). */
function fakeList(records: Fake[], order: Order, calls: { n: number } = { n: 0 }): FetchPage {
  return async ({ page, limit, before }) => {
    calls.n++;
    const bound = before === null ? Number.POSITIVE_INFINITY : Date.parse(before);
    const matching = records.filter((record) => Date.parse(record.date_placed) < bound);
    const sorted =
      order === "unsorted"
        ? [...matching].sort((a, b) => (a.id < b.id ? -1 : 1))
        : [...matching].sort((a, b) => {
            const diff = Date.parse(a.date_placed) - Date.parse(b.date_placed);
            return order === "oldest" ? diff : -diff;
          });
    const pages = Math.max(1, Math.ceil(sorted.length / limit));
    if (page > pages) throw new PlatformError("not_found", "Invalid page.");
    const results = sorted.slice((page - 1) * limit, page * limit);
    return { count: sorted.length, next: page < pages ? `next-${page + 1}` : null, results } satisfies RawPage;
  };
}

const timeOf = (payload: unknown) => Date.parse((payload as Fake).date_placed);
const key = (a: Fake, b: Fake) => timeOf(b) - timeOf(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** What the unified list shows: each call's orders sorted by (date, id) descending, one call after another. */
async function walkAll(fetch: FetchPage, limit: number) {
  const shown: Fake[] = [];
  let cursor: string | null = null;
  let calls = 0;
  do {
    const step = await walkOrders(fetch, timeOf, limit, cursor);
    shown.push(...(step.payloads as Fake[]).sort(key));
    cursor = step.next;
    if (++calls > 500) throw new Error("the walk does not end");
  } while (cursor);
  return { shown, calls };
}

const at = (minute: number, ms = 0) => new Date(Date.UTC(2025, 0, 1, 0, minute) + ms).toISOString();

/** `n` orders a minute apart, ids shuffled against the dates. */
const distinct = (n: number): Fake[] =>
  Array.from({ length: n }, (_, i) => ({ id: `o${String((i * 7919) % 1000).padStart(3, "0")}`, date_placed: at(i) }));

/** Orders in groups placed in the same millisecond (and some a microsecond apart, written as such). */
function tied(n: number): Fake[] {
  return Array.from({ length: n }, (_, i) => {
    const date = at(Math.floor(i / 4));
    return {
      id: `t${String((i * 37) % 100).padStart(2, "0")}`,
      date_placed: i % 3 === 0 ? date.replace("Z", "456Z") : date,
    };
  });
}

describe("walkOrders", () => {
  for (const order of ["newest", "oldest"] as const) {
    for (const [label, records] of [
      ["distinct times", distinct(37)],
      ["ties in one millisecond", tied(37)],
    ] as const) {
      it(`lists every order once, newest first — ${order} first, ${label}, page sizes 1 to 100`, async () => {
        const expected = [...records].sort(key).map((record) => record.id);
        for (const limit of [1, 2, 3, 4, 7, 10, 36, 37, 100]) {
          const { shown } = await walkAll(fakeList(records, order), limit);
          expect(
            shown.map((record) => record.id),
            `limit ${limit}`,
          ).toEqual(expected);
        }
      });
    }
  }

  it("handles empty and tiny lists in one call", async () => {
    for (const n of [0, 1, 10, 11]) {
      for (const order of ["newest", "oldest"] as const) {
        const records = distinct(n);
        const { shown, calls } = await walkAll(fakeList(records, order), 50);
        expect(shown.map((record) => record.id)).toEqual([...records].sort(key).map((record) => record.id));
        expect(calls).toBe(1);
      }
    }
  });

  it("reads one page per call when newest first, and gives the count on the first call", async () => {
    const calls = { n: 0 };
    const step = await walkOrders(fakeList(distinct(30), "newest", calls), timeOf, 10, null);
    expect(step.payloads).toHaveLength(10);
    expect(step.count).toBe(30);
    expect(calls.n).toBe(1);
    await walkOrders(fakeList(distinct(30), "newest", calls), timeOf, 10, step.next);
    expect(calls.n).toBe(2);
  });

  it("tells the direction from the last page when the first one is a single instant", async () => {
    const records = [...Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, date_placed: at(50) })), ...distinct(20)];
    for (const order of ["newest", "oldest"] as const) {
      const { shown } = await walkAll(fakeList(records, order), 3);
      expect(shown.map((record) => record.id)).toEqual([...records].sort(key).map((record) => record.id));
    }
  });

  it("lists orders placed during the walk no more than once, and none of the first ones twice", async () => {
    const records = distinct(30);
    const fetch = fakeList(records, "newest");
    const first = await walkOrders(fetch, timeOf, 7, null);
    records.push({ id: "new", date_placed: at(999) });
    let cursor = first.next;
    const shown = [...(first.payloads as Fake[])];
    while (cursor) {
      const step = await walkOrders(fetch, timeOf, 7, cursor);
      shown.push(...(step.payloads as Fake[]));
      cursor = step.next;
    }
    expect(shown.map((record) => record.id).sort()).toEqual(
      distinct(30)
        .map((record) => record.id)
        .sort(),
    );
  });

  it("lists an order without a readable date once, where the platform put it", async () => {
    const records: Fake[] = [...distinct(12), { id: "undated", date_placed: at(5, 1) }];
    const undatedTime = (payload: unknown) => ((payload as Fake).id === "undated" ? null : timeOf(payload));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const step = await walkOrders(fakeList(records, "newest"), undatedTime, 3, cursor);
      seen.push(...(step.payloads as Fake[]).map((record) => record.id));
      cursor = step.next;
    } while (cursor);
    expect(seen.filter((id) => id === "undated")).toHaveLength(1);
    expect(seen).toHaveLength(13);
  });

  it("refuses a list in no date order, and a cursor it did not make", async () => {
    const error = await walkOrders(fakeList(distinct(30), "unsorted"), timeOf, 5, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).message).toContain("no date order");
    const foreign = await walkOrders(fakeList(distinct(3), "newest"), timeOf, 5, "https://x/?page=2").catch((e) => e);
    expect((foreign as PlatformError).kind).toBe("bad_response");
  });
});
