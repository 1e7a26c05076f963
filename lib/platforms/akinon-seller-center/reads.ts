// Paged reads (`page`/`limit`, absolute `next` links followed only on this connection's list) and an order's
// cancellation plans (CPI01). Items are in items.ts, addresses in address-reads.ts.
import "server-only";
import type { AdapterContext, Connection } from "../types";
import { MAX_PAGE_SIZE } from "./assumed";
import { call } from "./client";
import { followPath } from "./filters";
import { parseWith } from "./mappers";
import { type RawPage, type RawPlan, rawPage, rawPlan } from "./schema";

const PLANS_PATH = "/api/i1/cancellation-plans/";

type Query = Record<string, string | number>;

export async function readPage(conn: Connection, ctx: AdapterContext, path: string, query?: Query): Promise<RawPage> {
  const payload = await call(conn, ctx, { method: "GET", path, ...(query ? { query } : {}) });
  return parseWith(rawPage, payload, "a list");
}

/** Every record of a filtered list, page after page, up to `maxPages`. */
export async function readAll(conn: Connection, ctx: AdapterContext, path: string, query: Query, maxPages: number) {
  const results: unknown[] = [];
  let page: RawPage | null = await readPage(conn, ctx, path, { ...query, page: 1, limit: MAX_PAGE_SIZE });
  for (let n = 1; page; n++) {
    results.push(...page.results);
    page = page.next && n < maxPages ? await readPage(conn, ctx, followPath(conn.baseUrl, page.next, path)) : null;
  }
  return results;
}

/**
 * The order's cancellation plans (`order` is a documented filter here). A plan naming another order is left
 * out; one we cannot read at all is left out too (plans are shown, never acted on).
 */
export async function plansOfOrder(conn: Connection, ctx: AdapterContext, orderId: string, maxPages: number) {
  const raw: unknown[] = [];
  const parsed: RawPlan[] = [];
  for (const payload of await readAll(conn, ctx, PLANS_PATH, { order: orderId }, maxPages)) {
    const plan = rawPlan.safeParse(payload);
    if (!plan.success || (plan.data.order && plan.data.order !== orderId)) continue;
    raw.push(payload);
    parsed.push(plan.data);
  }
  return { raw, parsed };
}
