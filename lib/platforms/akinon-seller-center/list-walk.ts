// Walking Seller Center's order list newest first without trusting its order. The seed documents no sort:
// we ask for `ordering=-date_placed` (harmless when ignored), then check what the first page shows. Newest
// first: each call reads page 1 of the orders placed before the last one listed (`date_placed__lt`, a
// documented filter), so a page never depends on the pages before it. Oldest first: the same, walked from
// the last page (the `count` says which) towards the first. Neither: refused, never listed out of order.
// Orders placed in the same millisecond are always listed by the same call (the list breaks their tie by
// id, which the platform may not): a page ending inside such a group leaves the group to the next call.
import "server-only";
import { PlatformError } from "../errors";
import { MAX_PAGE_SIZE, PAGE_BOUNDARY, SAME_INSTANT_PAGES } from "./assumed";
import { decode, encode, type Position } from "./list-position";
import type { RawPage } from "./schema";

/** One page of the filtered list; `before` keeps the orders placed before that instant (exclusive). */
export type FetchPage = (at: { page: number; limit: number; before: string | null }) => Promise<RawPage>;

/** An order's placing time in ms, or null when it has none we can read. */
export type TimeOf = (payload: unknown) => number | null;

export interface Step {
  /** The orders to list now, in no particular order (the caller sorts what it could read). */
  payloads: unknown[];
  next: string | null;
  /** The platform's count of the whole filtered list (first call only). */
  count?: number;
}

const unsorted = () =>
  new PlatformError(
    "bad_response",
    "Akinon Seller Center sends its orders in no date order (neither newest nor oldest first): Orderdeck cannot list them by date",
  );
const uncounted = () =>
  new PlatformError(
    "bad_response",
    "Akinon Seller Center sends its orders oldest first without a count: Orderdeck cannot find the newest ones",
  );

interface Timed {
  payload: unknown;
  time: number | null;
}

/** Whether the dated entries never go up (newest first). */
function descending(seq: readonly Timed[]): boolean {
  let last = Number.POSITIVE_INFINITY;
  for (const { time } of seq) {
    if (time === null) continue;
    if (time > last) return false;
    last = time;
  }
  return true;
}

function trend(times: readonly number[]): "down" | "up" | "flat" | "mixed" {
  const down = times.some((time, i) => i > 0 && time < (times[i - 1] ?? time));
  const up = times.some((time, i) => i > 0 && time > (times[i - 1] ?? time));
  return down && up ? "mixed" : down ? "down" : up ? "up" : "flat";
}

const datedTimes = (seq: readonly Timed[]) => seq.flatMap(({ time }) => (time === null ? [] : [time]));

interface Collected {
  /** Newest first, as far as read. */
  seq: Timed[];
  /** Nothing older is left. */
  exhausted: boolean;
  /** Oldest first only: the count of the list read. */
  count?: number;
}

/** Where a run may be cut: before the first order of an instant (index and time), newest first. */
function instantStarts(seq: readonly Timed[]): { index: number; time: number }[] {
  const starts: { index: number; time: number }[] = [];
  let previous: number | null = null;
  seq.forEach(({ time }, index) => {
    if (time === null) return;
    if (previous !== null && time < previous) starts.push({ index, time });
    previous = time;
  });
  return starts;
}

/** Whether the run can be cut after `want` orders or more (reading on would not list more now). */
const enough = (seq: readonly Timed[], want: number) => instantStarts(seq).some((start) => start.index >= want);
/** Whether the run holds more than one instant (else it must be read further, or in larger pages). */
const severalInstants = (seq: readonly Timed[]) => instantStarts(seq).length > 0;

class Walker {
  constructor(
    private readonly fetch: FetchPage,
    private readonly timeOf: TimeOf,
  ) {}

  private timed(page: RawPage, reverse: boolean): Timed[] {
    const seq = page.results.map((payload) => ({ payload, time: this.timeOf(payload) }));
    return reverse ? seq.reverse() : seq;
  }

  /** Newest first: pages 1, 2… of the orders placed before `before`, until `want` of them can be listed. */
  async newest(pos: Position, want: number, first?: RawPage): Promise<Collected> {
    for (const size of pos.size < MAX_PAGE_SIZE ? [pos.size, MAX_PAGE_SIZE] : [pos.size]) {
      const seq: Timed[] = [];
      for (let page = 1; ; page++) {
        const raw =
          page === 1 && first && size === pos.size
            ? first
            : await this.fetch({ page, limit: size, before: pos.before });
        seq.push(...this.timed(raw, false));
        if (!descending(seq)) throw unsorted();
        if (!raw.next) return { seq, exhausted: true };
        if (enough(seq, want) || page >= SAME_INSTANT_PAGES) return { seq, exhausted: false };
        // One instant fills the page: read it again in pages as large as the platform allows.
        if (!severalInstants(seq) && size < MAX_PAGE_SIZE) break;
      }
    }
    throw new Error("unreachable");
  }

  /** The count of the orders placed before `before` (read when not known), and the page it ends on. */
  private async lastPage(pos: Position, size: number, count: number | undefined) {
    const known = count ?? (await this.fetch({ page: 1, limit: size, before: pos.before })).count;
    if (known === undefined) throw uncounted();
    return { count: known, page: Math.max(1, Math.ceil(known / size)) };
  }

  /** The last page of the orders placed before `before`, re-read where the list ends now if orders came or went. */
  private async tail(pos: Position, size: number, count: number | undefined) {
    const end = await this.lastPage(pos, size, count);
    const raw = await this.fetch({ page: end.page, limit: size, before: pos.before }).catch((error: unknown) => {
      if (error instanceof PlatformError && error.kind === "not_found") return null;
      throw error;
    });
    if (raw && raw.count === end.count) return { ...end, raw };
    const now = await this.lastPage(pos, size, raw?.count);
    return { ...now, raw: await this.fetch({ page: now.page, limit: size, before: pos.before }) };
  }

  /** Oldest first: the last page of the orders placed before `before`, then the pages before it. */
  async oldest(pos: Position, want: number): Promise<Collected> {
    let known = pos.count;
    for (const size of pos.size < MAX_PAGE_SIZE ? [pos.size, MAX_PAGE_SIZE] : [pos.size]) {
      let { count, page, raw } = await this.tail(pos, size, known);
      known = count;
      const seq: Timed[] = [];
      for (let read = 1; ; read++) {
        seq.push(...this.timed(raw, true));
        if (!descending(seq)) throw unsorted();
        if (page <= 1) return { seq, exhausted: true, count };
        if (enough(seq, want) || read >= SAME_INSTANT_PAGES) return { seq, exhausted: false, count };
        // The last page is often short; past two pages of one instant, read it in pages as large as allowed.
        if (!severalInstants(seq) && read >= 2 && size < MAX_PAGE_SIZE) break;
        page--;
        raw = await this.fetch({ page, limit: size, before: pos.before });
      }
    }
    throw new Error("unreachable");
  }
}

/**
 * Lists up to `want` orders of a run, cut before the first order of an instant so that an instant is never
 * split between calls (one larger than `want` is listed whole). Unless nothing older is left, the run's oldest
 * instant always waits for the next call, which reads from it on: the page it ended on may not hold all of it.
 */
function cut(collected: Collected, pos: Position, want: number): Step {
  const { seq, exhausted } = collected;
  const listed = (taken: number, before: number | null): Step => {
    const count = collected.count === undefined ? undefined : Math.max(0, collected.count - taken);
    const next =
      before === null
        ? null
        : encode({
            dir: pos.dir,
            before: PAGE_BOUNDARY(before),
            size: pos.size,
            ...(count === undefined ? {} : { count }),
          });
    return { payloads: seq.slice(0, taken).map(({ payload }) => payload), next };
  };
  if (exhausted && seq.length <= want) return listed(seq.length, null);
  const starts = instantStarts(seq);
  const fit = starts.findLast((start) => start.index <= want) ?? starts[0];
  if (fit) return listed(fit.index, fit.time + 1);
  if (exhausted) return listed(seq.length, null);
  // More than SAME_INSTANT_PAGES pages of a single instant: list what was read and go on after that instant.
  const only = datedTimes(seq)[0];
  if (only === undefined)
    throw new PlatformError("bad_response", "Akinon Seller Center sent a page of orders without dates");
  return listed(seq.length, only);
}

/** Orders a call lists: one fewer than a page, whose last order tells whether the page ends inside an instant. */
const wanted = (pos: Position) => Math.max(1, pos.size - 1);

/** The first call: one page tells whether the list comes newest or oldest first (the last page, if needed). */
async function start(walker: Walker, fetch: FetchPage, timeOf: TimeOf, limit: number): Promise<Step> {
  const first = await fetch({ page: 1, limit, before: null });
  const total = first.count === undefined ? {} : { count: first.count };
  if (!first.next) {
    // The whole list in one page: its order does not matter (the few left over are one instant).
    const seq = first.results.map((payload) => ({ payload, time: timeOf(payload) }));
    seq.sort((a, b) => (b.time ?? Number.POSITIVE_INFINITY) - (a.time ?? Number.POSITIVE_INFINITY) || 0);
    const pos: Position = { dir: "newest", before: null, size: limit };
    return { ...cut({ seq, exhausted: true }, pos, wanted(pos)), ...total };
  }
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, first.results.length));
  const times = first.results.map(timeOf).filter((time): time is number => time !== null);
  let seen = trend(times);
  if (seen === "flat" && first.count !== undefined) {
    const last = await fetch({ page: Math.ceil(first.count / size), limit: size, before: null });
    seen = trend([...times, ...last.results.map(timeOf).filter((time): time is number => time !== null)]);
  }
  if (seen === "mixed") throw unsorted();
  const pos: Position = { dir: seen === "up" ? "oldest" : "newest", before: null, size };
  const want = wanted(pos);
  const collected =
    pos.dir === "newest"
      ? await walker.newest(pos, want, first)
      : await walker.oldest({ ...pos, count: first.count }, want);
  return { ...cut(collected, pos, want), ...total };
}

/**
 * One call's orders: `limit` is how many the caller wants (one more is read, so a page need not stop inside
 * an instant); `cursor` is this walk's own position (null: the first call).
 */
export async function walkOrders(
  fetch: FetchPage,
  timeOf: TimeOf,
  limit: number,
  cursor: string | null,
): Promise<Step> {
  const walker = new Walker(fetch, timeOf);
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit)) + 1);
  if (cursor === null) return start(walker, fetch, timeOf, size);
  const pos = decode(cursor);
  const want = wanted(pos);
  return cut(pos.dir === "newest" ? await walker.newest(pos, want) : await walker.oldest(pos, want), pos, want);
}
