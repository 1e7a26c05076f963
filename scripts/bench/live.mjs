// The same queries answered live, as the list did before the order index: in this process, through the
// adapters and the merge (lib/orders/live-list.ts) against the same sandbox, for the side-by-side figures.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { percentile } from "./measure.mjs";
import { PLATFORMS } from "./index-bench.mjs";

process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-bench-live-"));
process.env.UPSTREAM_ALLOW_PRIVATE = "1";
process.env.DEMO = "0";

const { openTestDatabase } = await import("../../lib/testing/databases.ts");
const { setDbForTests } = await import("../../lib/db/index.ts");
const { users } = await import("../../lib/db/schema.ts");
const { createConnection } = await import("../../lib/orders/connections.ts");
const { listOrdersLive } = await import("../../lib/orders/live-list.ts");
const { orderListQuery } = await import("../../lib/domain/query.ts");
const { sandboxConnectionCredentials } = await import("../../lib/sandbox/credentials.ts");

export async function liveLister(sandboxUrl) {
  const handle = await openTestDatabase("pglite");
  setDbForTests(handle);
  const [row] = await handle.db
    .insert(users)
    .values({ email: "live@bench", name: "Live", role: "admin", passwordHash: "x" })
    .returning();
  const actor = { id: row.id, email: row.email, name: row.name, role: "admin" };
  for (const platform of PLATFORMS) {
    const credentials = sandboxConnectionCredentials(platform);
    await createConnection(
      handle.db,
      actor,
      { name: platform, platform, baseUrl: `${sandboxUrl}/${platform}`, credentials, options: {} },
      "::1",
    );
  }
  /** ms per page for `count` reads of the query (read afresh each time). */
  async function time(search, count = 5) {
    const times = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      const page = await listOrdersLive(
        handle.db,
        orderListQuery.parse(Object.fromEntries(new URLSearchParams(search))),
        { fresh: true },
      );
      if (page.errors.length > 0) throw new Error(`live ${search}: ${page.errors[0].message}`);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  }
  /** Walks the live pages of a query until one shows an order, within `budgetMs`: pages and seconds. */
  async function untilFirstMatch(search, budgetMs = 60_000) {
    const started = performance.now();
    let cursor;
    for (let pages = 1; ; pages++) {
      const query = orderListQuery.parse({
        ...Object.fromEntries(new URLSearchParams(search)),
        ...(cursor ? { cursor } : {}),
      });
      const page = await listOrdersLive(handle.db, query, { fresh: true });
      const seconds = (performance.now() - started) / 1000;
      if (page.orders.length > 0) return { pages, seconds, found: true };
      if (!page.nextCursor || seconds * 1000 > budgetMs) return { pages, seconds, found: false };
      cursor = page.nextCursor;
    }
  }
  /** Orders per second of paging the whole list live for `seconds` (what an export would do). */
  async function pagingRate(seconds = 20) {
    const started = performance.now();
    let cursor;
    let orders = 0;
    while (performance.now() - started < seconds * 1000) {
      const page = await listOrdersLive(
        handle.db,
        orderListQuery.parse({ limit: "100", ...(cursor ? { cursor } : {}) }),
        { fresh: true },
      );
      orders += page.orders.length;
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return orders / ((performance.now() - started) / 1000);
  }
  return { time, untilFirstMatch, pagingRate, close: () => handle.close() };
}
