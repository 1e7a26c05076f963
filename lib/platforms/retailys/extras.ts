// What a Retailys order carries beyond the neutral fields: its history, our note, the customer's note, the
// channel, company ids, due date, fees — shown in the detail page's own section.
import { isZero, withScale } from "../../domain/decimal";
import type { OrderExtras, OrderNote } from "../../domain/order";
import { toIsoUtc } from "../wire";
import { skuOf } from "./parts";
import type { RawOrder } from "./schema";

// Retailys dates may come without an offset: each is read in the connection's zone (`timeZone`).
function historyNotes(raw: RawOrder, timeZone: string): OrderNote[] {
  return raw.history.map((entry) => {
    const name = entry.record?.name?.trim() || entry.type || "";
    const status = entry.record?.status?.trim();
    return {
      id: entry.id ?? null,
      at: toIsoUtc(entry.date, timeZone),
      author: null,
      text: status ? `${name} (${status})` : name,
    };
  });
}

/** The newest history date: the closest thing to a "modified" time the order has. */
export function lastChange(raw: RawOrder, timeZone: string): string | null {
  const dates = historyNotes(raw, timeZone)
    .map((note) => note.at)
    .filter((at): at is string => at !== null)
    .sort();
  return dates[dates.length - 1] ?? null;
}

function channelName(raw: RawOrder): string | null {
  const channel = raw.channel;
  if (!channel) return null;
  if (channel.name) return channel.id ? `${channel.name} (#${channel.id})` : channel.name;
  return channel.id ? `#${channel.id}` : null;
}

export function extrasOf(raw: RawOrder, currency: string, timeZone: string): OrderExtras {
  const facts: { label: string; value: string }[] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value.trim() !== "") facts.push({ label, value: value.trim() });
  };
  add("Channel", channelName(raw));
  add("Customer note", raw.note);
  add("External order id", raw.externalOrderId);
  add("Company ID (IČO)", raw.companyNr);
  add("VAT ID (DIČ)", raw.companyVat);
  add("Due date", toIsoUtc(raw.dateMaturity, timeZone));
  add("Paid on", toIsoUtc(raw.datePaid, timeZone));
  const fee = raw.payment?.price;
  if (fee && !isZero(fee)) add("Payment fee", `${withScale(fee)} ${currency}`);
  const main = raw.mainCurrencyCode?.toUpperCase();
  if (raw.currencyRate && main && main !== currency)
    add("Exchange rate", `1 ${currency} = ${raw.currencyRate} ${main}`);
  if (raw.weight && !/^[0.]+$/.test(raw.weight)) add("Weight", `${raw.weight} kg`);
  for (const item of raw.items ?? []) {
    const label = skuOf(item) ?? item.id;
    if (item.note) add(`Item note ${label}`, item.note);
    if (item.waitingCount) add(`Waiting for stock ${label}`, `${item.waitingCount} of ${item.count}`);
  }
  add("Order page", raw.orderUrl);
  const ourNote = raw.ourNote?.trim();
  return {
    history: historyNotes(raw, timeZone),
    internalNotes: ourNote ? [{ id: null, at: null, author: null, text: ourNote }] : [],
    facts,
  };
}
