// ECOM.md's catalogue look-ups for the detail page and forms, in small neutral types. Stores, regions,
// settlements, sectors and product search take the SITE token (optional: without it they fail as "auth");
// promo codes and the delivery address take the API token. Paths: assumed.ts.
import "server-only";
import type { Money } from "../../domain/order";
import { PlatformError } from "../errors";
import { money } from "../wire";
import type { AdapterContext, Connection } from "../types";
import { type Credential, callJson, language } from "./client";
import { ECOM_ASSUMED } from "./assumed";
import { catalogueRowSchema, deliveryAddressSchema, type RawCatalogueRow } from "./schema";
import { refId } from "./mappers";

export interface CatalogueEntry {
  id: string;
  name: string;
}
export interface Store extends CatalogueEntry {
  address: string | null;
}
export interface Settlement extends CatalogueEntry {
  zipCode: string | null;
}
export interface Product extends CatalogueEntry {
  code: string | null;
  price: Money | null;
}
export interface PromoCode extends CatalogueEntry {
  code: string;
  active: boolean | null;
  validUntil: string | null;
}
export interface DeliveryAddress {
  id: string | null;
  text: string | null;
  zipCode: string | null;
  regionId: string | null;
  localityId: string | null;
  sectorId: string | null;
  storeId: string | null;
  type: string | null;
}

/** Enough pages of 5000 rows for any catalogue; a longer chain is cut rather than followed forever. */
const MAX_PAGES = 20;

/** The plain `name` is already in the request's language; else `name_<lang>`, then `name_ro`. */
function localized(row: RawCatalogueRow, field: "name" | "address", lang: string): string | null {
  const bag = row as Record<string, unknown>;
  const pick = [field, `${field}_${lang}`, `${field}_${ECOM_ASSUMED.defaultLanguage}`].map((k) => bag[k]);
  return (pick.find((v) => typeof v === "string" && v.trim() !== "") as string | undefined) ?? null;
}

function rowsOf(body: unknown, path: string): { rows: RawCatalogueRow[]; more: boolean } {
  // /external/shop/ answers a bare array; the others DRF pages.
  const envelope = typeof body === "object" && body !== null && !Array.isArray(body) ? body : null;
  const list = envelope ? (envelope as { results?: unknown }).results : body;
  if (!Array.isArray(list)) throw new PlatformError("bad_response", `ECOM.md sent a list we cannot read (${path})`);
  const rows = list.map((raw) => {
    const parsed = catalogueRowSchema.safeParse(raw);
    if (!parsed.success) throw new PlatformError("bad_response", `ECOM.md sent a row we cannot read (${path})`);
    return parsed.data;
  });
  return { rows, more: Boolean(envelope && (envelope as { next?: unknown }).next) };
}

async function readAll(
  conn: Connection,
  ctx: AdapterContext,
  credential: Credential,
  path: string,
  query: Record<string, string> = {},
): Promise<RawCatalogueRow[]> {
  const all: RawCatalogueRow[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const pageQuery = { ...query, page: String(page), page_size: String(ECOM_ASSUMED.maxPageSize) };
    const body = await callJson(conn, ctx, credential, { method: "GET", path, query: pageQuery });
    const { rows, more } = rowsOf(body, path);
    all.push(...rows);
    if (!more) break;
  }
  return all;
}

const entry = (row: RawCatalogueRow, lang: string): CatalogueEntry => ({
  id: row.id,
  name: localized(row, "name", lang) ?? row.title ?? row.code ?? row.id,
});

async function entries(conn: Connection, ctx: AdapterContext, path: string): Promise<CatalogueEntry[]> {
  const lang = language(conn);
  return (await readAll(conn, ctx, "site", path)).map((row) => entry(row, lang));
}

export const ecomMdCatalogue = {
  /** GET /external/shop/ (bare array) [vendor]; `group` narrows to one group's stores [assumed]. */
  async stores(conn: Connection, ctx: AdapterContext, group?: string): Promise<Store[]> {
    const lang = language(conn);
    const body = await callJson(conn, ctx, "site", {
      method: "GET",
      path: ECOM_ASSUMED.paths.shops,
      query: group ? { [ECOM_ASSUMED.shopGroupParam]: group } : {},
    });
    return rowsOf(body, ECOM_ASSUMED.paths.shops).rows.map((row) => ({
      ...entry(row, lang),
      address: localized(row, "address", lang),
    }));
  },
  regions: (conn: Connection, ctx: AdapterContext) => entries(conn, ctx, ECOM_ASSUMED.paths.regions),
  async settlements(conn: Connection, ctx: AdapterContext, regionId: string): Promise<Settlement[]> {
    if (!/^\d{1,12}$/.test(regionId)) throw new PlatformError("not_found", `No ECOM.md region ${regionId}`);
    const lang = language(conn);
    const rows = await readAll(conn, ctx, "site", ECOM_ASSUMED.paths.localities(regionId));
    return rows.map((row) => ({ ...entry(row, lang), zipCode: row.zip_code ?? null }));
  },
  sectors: (conn: Connection, ctx: AdapterContext) => entries(conn, ctx, ECOM_ASSUMED.paths.sectors),
  /** Product search by id, code or name: one page of matches. */
  async searchProducts(conn: Connection, ctx: AdapterContext, text: string, limit = 20): Promise<Product[]> {
    const lang = language(conn);
    const search = text.trim().slice(0, 100);
    if (search === "") return [];
    const query = { [ECOM_ASSUMED.productSearchParam]: search, page_size: String(Math.min(Math.max(1, limit), 100)) };
    const body = await callJson(conn, ctx, "site", { method: "GET", path: ECOM_ASSUMED.paths.products, query });
    return rowsOf(body, ECOM_ASSUMED.paths.products).rows.map((row) => ({
      ...entry(row, lang),
      code: row.code ?? null,
      price: money(row.price, ECOM_ASSUMED.currency),
    }));
  },
  async promoCodes(conn: Connection, ctx: AdapterContext): Promise<PromoCode[]> {
    const lang = language(conn);
    return (await readAll(conn, ctx, "api", ECOM_ASSUMED.paths.promoCodes)).map((row) => ({
      ...entry(row, lang),
      code: row.code ?? row.id,
      active: row.is_active ?? null,
      validUntil: row.valid_until ?? null,
    }));
  },
  async deliveryAddress(conn: Connection, ctx: AdapterContext, orderId: string): Promise<DeliveryAddress> {
    if (!/^[\w-]{1,64}$/.test(orderId)) throw new PlatformError("not_found", `No ECOM.md order ${orderId}`);
    const path = ECOM_ASSUMED.paths.orderAddress(orderId);
    const parsed = deliveryAddressSchema.safeParse(await callJson(conn, ctx, "api", { method: "GET", path }));
    if (!parsed.success) throw new PlatformError("bad_response", "ECOM.md sent a delivery address we cannot read");
    const a = parsed.data;
    const bag = a as Record<string, unknown>;
    const text = [a.address, bag[`address_${language(conn)}`], a.address_ro].find((v) => typeof v === "string" && v);
    return {
      id: a.address_id ?? a.id ?? null,
      text: (text as string | undefined) ?? null,
      zipCode: a.zip_code ?? null,
      regionId: a.region_id ?? null,
      localityId: a.locality_id ?? null,
      sectorId: refId(a.sector),
      storeId: refId(a.store),
      type: a.address_type ?? null,
    };
  },
};

export type EcomMdCatalogue = typeof ecomMdCatalogue;
