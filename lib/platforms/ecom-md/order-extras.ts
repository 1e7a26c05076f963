// What a status upsert must repeat beside the order as read (assumed.ts, upsertReplacesOrder): the delivery
// address in the upsert's own keys, and the promo code's id (the order as read names the code only).
import "server-only";
import { isPlatformError, PlatformError } from "../errors";
import type { AdapterContext, Connection } from "../types";
import { ECOM_ASSUMED } from "./assumed";
import { callJson, language } from "./client";
import { promoCodes } from "./promo-codes";
import type { RawOrder } from "./schema";
import { type UpsertAddress, upsertAddress } from "./upsert";

const notSent = (orderId: string, why: string) =>
  new PlatformError("unsupported", `ECOM.md order ${orderId}: ${why}; the status was not changed, so nothing is lost`);

/**
 * The order's delivery address from GET .../address/, or null when the order has none. A 404 for an order whose
 * read shows an address is not taken as "no address" (that upsert would wipe it): the change is not sent.
 */
export async function currentAddress(
  conn: Connection,
  order: RawOrder,
  ctx: AdapterContext,
): Promise<UpsertAddress | null> {
  let body: unknown;
  try {
    body = await callJson(conn, ctx, "api", { method: "GET", path: ECOM_ASSUMED.paths.orderAddress(order.id) });
  } catch (error) {
    if (!isPlatformError(error) || error.kind !== "not_found") throw error;
    if (order.customer?.address) throw notSent(order.id, "its delivery address could not be read");
    return null;
  }
  if (body === null) return null;
  if (typeof body !== "object" || Array.isArray(body)) {
    throw new PlatformError("bad_response", `ECOM.md sent a delivery address we cannot read (order ${order.id})`);
  }
  return upsertAddress(body as Record<string, unknown>, language(conn));
}

/** The id of the order's promo code: given with the order, or found by its code among the promo codes. */
export async function currentPromoCodeId(
  conn: Connection,
  order: RawOrder,
  ctx: AdapterContext,
): Promise<string | null> {
  const promo = order.payment?.promo_code;
  if (promo === null || promo === undefined || promo === "") return null;
  if (typeof promo === "object" && promo.id) return promo.id;
  const code = typeof promo === "object" ? promo.code : String(promo);
  if (!code) return null;
  const known = await promoCodes(conn, ctx);
  const found =
    known.find((entry) => entry.code === code) ??
    known.find((entry) => entry.code.toLowerCase() === code.toLowerCase());
  if (!found) throw notSent(order.id, `its promo code ${code} is not among the shop's promo codes`);
  return found.id;
}
