// GET /api/v1/cancellation_reasons/ [assumed path and shape: seed 004 shows only `reasons: {item: code}` on
// cancel] — the tenant's own reasons, paged like every DRF list; `cancellation_type` tells reasons for a
// cancellation from those for a refund, and an inactive reason is listed but no longer accepted.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { filterBoolean, pkMessages, primaryKey } from "./fields";
import { paginated } from "./list";
import type { Store } from "./store";

export interface CancellationReason {
  id: number;
  subject: string;
  extra_information_needed: boolean;
  cancellation_type: "cancel" | "refund";
  is_active: boolean;
}

const reason = (
  id: number,
  subject: string,
  type: CancellationReason["cancellation_type"],
  extra = { active: true, info: false },
): CancellationReason => ({
  id,
  subject,
  extra_information_needed: extra.info,
  cancellation_type: type,
  is_active: extra.active,
});

export const CANCELLATION_REASONS: readonly CancellationReason[] = [
  reason(1, "Müşteri vazgeçti", "cancel"),
  reason(2, "Ürün stokta yok", "cancel"),
  reason(3, "Fiyat hatası", "cancel"),
  reason(4, "Teslimat adresi hatalı", "cancel"),
  reason(5, "Ödeme alınamadı", "cancel"),
  reason(6, "Hasarlı ürün", "refund"),
  reason(7, "Beden uymadı", "refund"),
  reason(8, "Yanlış ürün gönderildi", "refund"),
  reason(9, "Mükerrer sipariş", "cancel", { active: false, info: false }),
  reason(10, "Diğer", "cancel", { active: true, info: true }),
];

/** The list, narrowed by django-filter's `cancellation_type` and `is_active` when given (others are ignored). */
export function listCancellationReasons(req: SandboxRequest, store: Pick<Store, "variant">): SandboxResponse {
  const type = req.query.get("cancellation_type") || null;
  const activeText = req.query.get("is_active") || null;
  const active = activeText === null ? null : filterBoolean(activeText);
  const reasons = CANCELLATION_REASONS.filter(
    (entry) => (type === null || entry.cancellation_type === type) && (active === null || entry.is_active === active),
  );
  return paginated(req, store, reasons, (entry) => entry);
}

/** What the cancel serializer says about `reasons[item] = value`, or null when it is a cancellation reason. */
export function reasonError(value: unknown): string | null {
  const id = primaryKey(value);
  if (id === null) return pkMessages.wrongType(value);
  // An inactive reason is outside the field's queryset, so it "does not exist" for the serializer.
  const found = CANCELLATION_REASONS.find((entry) => entry.id === id && entry.is_active);
  if (!found) return pkMessages.missing(value);
  if (found.cancellation_type !== "cancel") {
    return `Cancellation reason ${id} is a refund reason and cannot be used to cancel an order.`; // [assumed wording]
  }
  return null;
}
