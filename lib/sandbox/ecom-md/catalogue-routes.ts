// The catalogue look-ups (site `token`): stores (a bare array), regions, localities of a region,
// sectors, product search; and the promo codes (API-Token). Lists other than stores are DRF pages.
import { centsToDecimal } from "../core/money";
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { LOCALITIES, REGIONS, SECTORS, regionById } from "./catalogue/geo";
import { PRODUCTS } from "./catalogue/products";
import { PROMO_CODES, SHOPS } from "./catalogue/shops";
import type { Language } from "./constants";
import { json, notFound } from "./errors";
import { localizedFields, requestLanguage } from "./i18n";
import { isResponse, paginate } from "./paging";
import type { Locality, Product, PromoCode, Region, Sector, Shop } from "./types";

function page<T>(
  req: SandboxRequest,
  items: readonly T[],
  render: (item: T, lang: Language) => unknown,
): SandboxResponse {
  const lang = requestLanguage(req.headers);
  const result = paginate(req, items, (item) => render(item, lang));
  return isResponse(result) ? result : json(200, result);
}

const renderShop = (s: Shop, lang: Language) => ({
  id: s.id,
  group: s.group,
  ...localizedFields("name", s.name, lang),
  ...localizedFields("address", s.address, lang),
  phone: s.phone,
  region_id: s.regionId,
  locality_id: s.localityId,
  sector: s.sectorId,
  work_hours: s.workHours,
});
/** A region or a sector: an id and its name. */
const renderNamed = (r: Region | Sector, lang: Language) => ({ id: r.id, ...localizedFields("name", r.name, lang) });
const renderLocality = (l: Locality, lang: Language) => ({
  id: l.id,
  region_id: l.regionId,
  ...localizedFields("name", l.name, lang),
  zip_code: l.zipCode,
});
const renderProduct = (p: Product, lang: Language) => ({
  id: p.id,
  code: p.code,
  ...localizedFields("name", p.name, lang),
  price: centsToDecimal(p.priceCents),
});
const renderPromo = (p: PromoCode, lang: Language) => ({
  id: p.id,
  code: p.code,
  ...localizedFields("name", p.name, lang),
  discount_type: p.discountType,
  discount: p.discountType === "percent" ? centsToDecimal(p.value * 100) : centsToDecimal(p.value),
  is_active: p.isActive,
  valid_until: p.validUntil,
});

/** `?group=` narrows the stores to one group (a NumberFilter: a non-number is a 400). */
export function listShops(req: SandboxRequest): SandboxResponse {
  const group = req.query.get("group")?.trim() ?? "";
  if (group !== "" && !/^-?\d+$/.test(group)) return json(400, { group: ["Enter a number."] });
  const lang = requestLanguage(req.headers);
  const shops = group === "" ? SHOPS : SHOPS.filter((s) => s.group === Number(group));
  return json(
    200,
    shops.map((s) => renderShop(s, lang)),
  );
}

export const listRegions = (req: SandboxRequest) => page(req, REGIONS, renderNamed);
export const listSectors = (req: SandboxRequest) => page(req, SECTORS, renderNamed);
export const listPromoCodes = (req: SandboxRequest) => page(req, PROMO_CODES, renderPromo);

export function listLocalities(req: SandboxRequest, regionId: number): SandboxResponse {
  if (!regionById.has(regionId)) return notFound();
  return page(
    req,
    LOCALITIES.filter((l) => l.regionId === regionId),
    renderLocality,
  );
}

/** DRF SearchFilter over id, code and the four names: every whitespace/comma-separated term must match one field. */
export function searchProducts(req: SandboxRequest): SandboxResponse {
  const terms = (req.query.get("search") ?? "")
    .split(/[\s,]+/)
    .map((t) => t.toLowerCase())
    .filter(Boolean);
  const matches = (p: Product, term: string) =>
    String(p.id) === term ||
    p.code.toLowerCase().includes(term) ||
    Object.values(p.name).some((name) => name.toLowerCase().includes(term));
  return page(
    req,
    PRODUCTS.filter((p) => terms.every((t) => matches(p, t))),
    renderProduct,
  );
}
