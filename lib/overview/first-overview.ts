// The overview's first figures, read while the server renders `/`: with them in the HTML the headline figures are
// in the first paint (no skeleton, no round trip after hydration). Only when the browser's time zone is known
// from its cookie: figures for another zone's days would be wrong. Any failure leaves it to the browser's own
// request, which shows the error properly.
import "server-only";
import { logError } from "../db/log-error";
import type { Db } from "../db";
import { overviewSearch } from "../domain/overview";
import { overviewQuery } from "../domain/overview-query";
import { readOverview } from "./overview";

type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function readFirstOverview(db: Db, params: SearchParams, tz: string | undefined) {
  if (!tz) return null;
  const parsed = overviewQuery.safeParse({ range: one(params.range), from: one(params.from), to: one(params.to), tz });
  if (!parsed.success) return null;
  try {
    const overview = await readOverview(db, parsed.data);
    return { search: overviewSearch(parsed.data), tz: parsed.data.tz, overview, readAt: Date.now() };
  } catch (error) {
    logError("The overview's first figures could not be read", error);
    return null;
  }
}
