// The order's own facts worth a row on the detail page: cancellation state, gift box, notes, refunds.
import { isZero, withScale } from "../../domain/decimal";
import { humanize, toIsoUtc } from "../wire";
import type { RawOrder } from "./schema";

type Fact = { label: string; value: string };

const nonZero = (amount: string | null | undefined): amount is string =>
  amount !== null && amount !== undefined && !isZero(amount);

export function orderFacts(order: RawOrder, currency: string, timeZone = "UTC"): Fact[] {
  const facts: Fact[] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value?.trim()) facts.push({ label, value: value.trim() });
  };
  add("Cancellation status", order.cancel_status ? humanize(order.cancel_status) : null);
  if (order.has_gift_box)
    add("Gift box", order.gift_box_note?.trim() ? `Yes — “${order.gift_box_note.trim()}”` : "Yes");
  add("Order note", order.notes);
  add(
    "Delivery range",
    order.delivery_range ? (toIsoUtc(order.delivery_range, timeZone) ?? order.delivery_range) : null,
  );
  add("Language", order.language_code);
  add("Shipping tax rate", order.shipping_tax_rate ? `${order.shipping_tax_rate}%` : null);
  const amounts: [string, string | null | undefined][] = [
    ["Refunded", order.refund_amount],
    ["Discount refunded", order.discount_refund_amount],
    ["Shipping refunded", order.shipping_refund_amount],
    ["Shipping interest", order.shipping_interest_amount],
  ];
  for (const [label, amount] of amounts) if (nonZero(amount)) add(label, `${withScale(amount)} ${currency}`);
  return facts;
}
