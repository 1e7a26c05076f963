// One connection's orders as a sorted stream for the merge: it reads the adapter's pages on demand, drops
// what the cursor says was already shown and what fails the filters applied here, and keeps its position.
import "server-only";
import type { Order } from "../domain/order";
import type { UpstreamTiming } from "../platforms/http";
import type { SetAside } from "../platforms/read-each";
import type { AdapterContext, AdapterQuery, Connection, PlatformAdapter } from "../platforms/types";
import type { ConnectionPosition } from "./cursor";
import { compareKeys, sortKeyOf } from "./ordering";
import { cachedPage } from "./page-cache";

/** The over-fetch bound: pages read per connection for one list request when filtering here empties them. */
export const MAX_PAGES_PER_REQUEST = 5;

export class ConnectionStream {
  position: ConnectionPosition;
  durationMs = 0;
  /** Orders the pages read held but the adapter could not read (listed as warnings). */
  readonly unreadable: SetAside[] = [];
  private buffer: Order[] = [];
  /** The adapter cursor of the page the buffer came from, and of the page after it (undefined: not read yet). */
  private bufferPage: string | null = null;
  private nextPage: string | null | undefined;
  private pagesRead = 0;

  constructor(
    readonly conn: Connection,
    readonly adapter: PlatformAdapter,
    private readonly ctx: AdapterContext,
    private readonly query: AdapterQuery,
    start: ConnectionPosition,
    private readonly passes: (order: Order) => boolean,
    /** Read the platform even when an identical page was read within the second (see page-cache.ts). */
    private readonly fresh = false,
  ) {
    this.position = start;
  }

  get calls(): UpstreamTiming[] {
    return this.ctx.upstream.timings;
  }

  head(): Order | undefined {
    return this.buffer[0];
  }

  /** More pages exist that this request may still read. */
  hasMore(): boolean {
    return this.nextPage !== null && this.pagesRead < MAX_PAGES_PER_REQUEST;
  }

  /** Stalled: it may hold orders that sort before everything else left, but the read budget is spent. */
  stalled(): boolean {
    return this.buffer.length === 0 && this.nextPage !== null && this.pagesRead >= MAX_PAGES_PER_REQUEST;
  }

  take(): Order {
    const order = this.buffer.shift()!;
    const after = sortKeyOf(order);
    const exhausted = this.buffer.length === 0 && this.nextPage !== undefined;
    this.position = exhausted
      ? { page: this.nextPage ?? null, after, done: this.nextPage === null }
      : { page: this.bufferPage, after, done: false };
    return order;
  }

  /** Reads pages until one yields an order to show, the platform has no more, or the budget is spent. */
  async fill(): Promise<void> {
    while (this.buffer.length === 0 && this.nextPage !== null && this.pagesRead < MAX_PAGES_PER_REQUEST) {
      const page = this.nextPage === undefined ? this.position.page : this.nextPage;
      const started = performance.now();
      const key = JSON.stringify([this.conn.baseUrl, this.conn.options, this.query, page]);
      const result = await cachedPage(
        this.conn.id,
        key,
        () => this.adapter.listOrders(this.conn, this.query, page, this.ctx),
        this.fresh,
      );
      this.durationMs += performance.now() - started;
      this.pagesRead++;
      this.unreadable.push(...(result.unreadable ?? []));
      const after = this.position.after;
      this.bufferPage = page;
      this.nextPage = result.next;
      this.buffer = result.orders.filter(
        (order) => (!after || compareKeys(sortKeyOf(order), after, this.query.sort) > 0) && this.passes(order),
      );
      // A page that showed nothing moves the position on, so the next request does not read it again.
      if (this.buffer.length === 0) this.position = { page: result.next, after, done: result.next === null };
    }
  }
}
