// Omnitron facts with no place in the neutral order: the ERP flag, sales channel, payment option and
// installments, gift box, refunds, the cargo company id and the billing address's tax identity.
import { isZero, withScale } from "../../domain/decimal";
import type { OrderExtras } from "../../domain/order";
import type { RawOrder } from "./schema";

type Fact = { label: string; value: string };

function channelName(channel: RawOrder["channel"]): string | null {
  if (!channel) return null;
  return channel.name?.trim() || (channel.id ? `#${channel.id}` : null);
}

function moneyFact(label: string, amount: string | null | undefined, currency: string): Fact | null {
  return amount && !isZero(amount) ? { label, value: `${withScale(amount)} ${currency.toUpperCase()}` } : null;
}

function taxFacts(raw: RawOrder): Fact[] {
  const billing = raw.billing_address;
  if (!billing) return [];
  const facts: (Fact | null)[] = [
    billing.tax_office?.trim() ? { label: "Tax office", value: billing.tax_office.trim() } : null,
    billing.tax_no?.trim() ? { label: "Tax number", value: billing.tax_no.trim() } : null,
    billing.e_bill_taxpayer ? { label: "E-invoice taxpayer", value: "Yes" } : null,
  ];
  return facts.filter((fact): fact is Fact => fact !== null);
}

export function extrasOf(raw: RawOrder): OrderExtras {
  const channel = channelName(raw.channel);
  const facts: (Fact | null)[] = [
    channel ? { label: "Channel", value: channel } : null,
    raw.payment_option_slug ? { label: "Payment option", value: raw.payment_option_slug } : null,
    raw.installment_count ? { label: "Installments", value: String(raw.installment_count) } : null,
    moneyFact("Installment interest", raw.installment_interest_amount, raw.currency),
    raw.has_gift_box ? { label: "Gift box", value: raw.gift_box_note?.trim() || "Yes" } : null,
    moneyFact("Refunded", raw.refund_amount, raw.currency),
    moneyFact("Discount refunded", raw.discount_refund_amount, raw.currency),
    moneyFact("Shipping refunded", raw.shipping_refund_amount, raw.currency),
    raw.cargo_company ? { label: "Cargo company id", value: raw.cargo_company } : null,
    raw.carrier_shipping_code ? { label: "Carrier shipping code", value: raw.carrier_shipping_code } : null,
    ...taxFacts(raw),
  ];
  return {
    ...(typeof raw.is_send === "boolean" ? { sentToErp: raw.is_send } : {}),
    facts: facts.filter((fact): fact is Fact => fact !== null),
  };
}
