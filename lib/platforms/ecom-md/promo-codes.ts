// ECOM.md's promo codes (API token), the one catalogue a feature needs: a status upsert must name the order's
// promo code by its id, and the order as read may give only the code (order-extras.ts). Path: assumed.ts.
import "server-only";
import { PlatformError } from "../errors";
import type { AdapterContext, Connection } from "../types";
import { ECOM_ASSUMED } from "./assumed";
import { callJson, language } from "./client";
import { type RawPromoCode, promoCodeSchema } from "./schema";

export interface PromoCode {
  id: string;
  code: string;
  name: string;
}

/** Enough pages of 5000 rows for any shop's promo codes; a longer chain is cut rather than followed forever. */
const MAX_PAGES = 20;

/** The plain `name` is already in the request's language; else `name_<lang>`, then `name_ro`. */
function localizedName(row: RawPromoCode, lang: string): string | null {
  const bag = row as Record<string, unknown>;
  const pick = ["name", `name_${lang}`, `name_${ECOM_ASSUMED.defaultLanguage}`].map((key) => bag[key]);
  return (pick.find((v) => typeof v === "string" && v.trim() !== "") as string | undefined) ?? null;
}

/** One DRF page of promo codes, and whether another follows. */
function pageOf(body: unknown, path: string): { rows: RawPromoCode[]; more: boolean } {
  const envelope = typeof body === "object" && body !== null && !Array.isArray(body) ? body : null;
  const list = envelope ? (envelope as { results?: unknown }).results : body;
  if (!Array.isArray(list)) throw new PlatformError("bad_response", `ECOM.md sent a list we cannot read (${path})`);
  const rows = list.map((raw) => {
    const parsed = promoCodeSchema.safeParse(raw);
    if (!parsed.success) throw new PlatformError("bad_response", `ECOM.md sent a row we cannot read (${path})`);
    return parsed.data;
  });
  return { rows, more: Boolean(envelope && (envelope as { next?: unknown }).next) };
}

export async function promoCodes(conn: Connection, ctx: AdapterContext): Promise<PromoCode[]> {
  const path = ECOM_ASSUMED.paths.promoCodes;
  const rows: RawPromoCode[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const query = { page: String(page), page_size: String(ECOM_ASSUMED.maxPageSize) };
    const { rows: more, more: hasMore } = pageOf(
      await callJson(conn, ctx, "api", { method: "GET", path, query }),
      path,
    );
    rows.push(...more);
    if (!hasMore) break;
  }
  const lang = language(conn);
  return rows.map((row) => ({
    id: row.id,
    code: row.code ?? row.id,
    name: localizedName(row, lang) ?? row.title ?? row.code ?? row.id,
  }));
}
