// The list's filters as SQL over the order index: every filter works the same on every platform here.
// Search is accent- and case-insensitive (od_fold: lower + unaccent, see migration 0003): each word must occur
// in the order's number, customer name, email, phone or SKUs; or the text starts the order number.
import "server-only";
import { and, eq, gte, inArray, isNull, lte, type SQL, sql } from "drizzle-orm";
import { orderIndex } from "../db/schema";
import type { OrderListQuery } from "../domain/query";

export type FilterKey = "connection" | "stage" | "status" | "placedAt" | "q" | "total" | "currency" | "erp";

/** LIKE's own wildcards in what a person typed are literal. */
const literal = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

function search(q: string): SQL | undefined {
  const words = q.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const everyWord = and(...words.map((word) => sql`${orderIndex.search} like '%' || od_fold(${literal(word)}) || '%'`));
  return sql`(lower(${orderIndex.number}) like ${`${literal(q.toLowerCase())}%`} or (${everyWord}))`;
}

/** The WHERE of the query's filters, leaving out those named in `except` (a facet counts without its own). */
export function indexFilters(query: OrderListQuery, except: readonly FilterKey[] = []): SQL | undefined {
  const use = (key: FilterKey) => !except.includes(key);
  const conditions: (SQL | undefined)[] = [isNull(orderIndex.vanishedAt)];
  if (use("connection") && query.connection.length > 0)
    conditions.push(inArray(orderIndex.connectionId, query.connection));
  if (use("stage") && query.stage.length > 0) conditions.push(inArray(orderIndex.stage, query.stage));
  if (use("status") && query.status.length > 0) conditions.push(inArray(orderIndex.statusCode, query.status));
  if (use("placedAt") && query.from) conditions.push(gte(orderIndex.placedAt, new Date(query.from)));
  if (use("placedAt") && query.to) conditions.push(lte(orderIndex.placedAt, new Date(query.to)));
  if (use("total") && query.minTotal) conditions.push(sql`${orderIndex.total} >= ${query.minTotal}::numeric`);
  if (use("total") && query.maxTotal) conditions.push(sql`${orderIndex.total} <= ${query.maxTotal}::numeric`);
  if (use("currency") && query.currency) conditions.push(eq(orderIndex.currency, query.currency));
  if (use("erp") && query.erp) conditions.push(eq(orderIndex.sentToErp, query.erp === "sent"));
  if (use("q") && query.q) conditions.push(search(query.q));
  return and(...conditions);
}
