// POST /System/Orders: a new order from customer details, currency and lines → 201 {id}.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { readAddressPatch } from "./address";
import { type Body, nestedObject, objectBody, optionalString, requiredMoney, requiredString } from "./body";
import { findArticle } from "./catalog";
import { DEFAULT_EUR_RATE, FLAG_STATUS_IDS, ORDER_CURRENCIES } from "./constants";
import { parseIsoWithOffset } from "./dates";
import { badRequest, json, unprocessable } from "./errors";
import { HISTORY_TEXT } from "./history-text";
import { readNewItem } from "./items";
import { findChannel, orderUrlFor } from "./reference";
import type { Store } from "./store";
import type { Address, Charge, Item } from "./types";

const HINT = "Expected body: order fields in camelCase; required: name, email, orderCurrencyCode.";

function nullableInt(body: Body, field: string): number | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1)
    throw badRequest(`Field '${field}' must be a positive integer or null.`, HINT);
  return value;
}

function readCharge(body: Body, field: string): Charge | null {
  const charge = nestedObject(body, field, HINT, false);
  if (!charge) return null;
  const fields = { [`${field}.name`]: charge.name, [`${field}.price`]: charge.price };
  return { name: requiredString(fields, `${field}.name`, HINT), cents: requiredMoney(fields, `${field}.price`, HINT) };
}

function readItems(body: Body): Omit<Item, "id">[] {
  const items = body.items;
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) throw badRequest("Field 'items' must be an array.", HINT);
  return items.map((item: unknown, index) => {
    if (typeof item !== "object" || item === null || Array.isArray(item))
      throw badRequest(`Field 'items[${index}]' must be an object.`, HINT);
    return readNewItem(item as Body, `items[${index}].`, HINT);
  });
}

export function createOrder(store: Store, req: SandboxRequest): SandboxResponse {
  const body = objectBody(req, HINT);
  requiredString(body, "name", HINT);
  requiredString(body, "email", HINT);
  const currency = requiredString(body, "orderCurrencyCode", HINT).toUpperCase();
  if (!(ORDER_CURRENCIES as readonly string[]).includes(currency))
    throw badRequest(`Field 'orderCurrencyCode' must be one of ${ORDER_CURRENCIES.join(", ")}.`, HINT);
  const given = readAddressPatch(body, "", HINT);
  const billing: Address = {
    name: given.name ?? "",
    street: given.street ?? "",
    city: given.city ?? "",
    zip: given.zip ?? "",
    stateCode: given.stateCode ?? "CZ",
    phone: given.phone ?? null,
    email: given.email ?? "",
  };
  const delivery: Address = { ...billing, ...readAddressPatch(body, "delivery", HINT) };
  const channelValue = body.channel;
  const channelId =
    typeof channelValue === "object" && channelValue !== null ? (channelValue as Body).id : channelValue;
  const channel = channelId === undefined ? (currency === "EUR" ? 2 : 1) : channelId;
  if (typeof channel !== "number" || !Number.isInteger(channel))
    throw badRequest("Field 'channel' must be an integer or {id}.", HINT);
  if (!findChannel(channel)) throw unprocessable(`Channel ${channel} does not exist.`, "Known channels: 1, 2, 3, 4.");
  const rate = body.currencyRate ?? (currency === "EUR" ? DEFAULT_EUR_RATE : 1);
  if (typeof rate !== "number" || !(rate > 0))
    throw badRequest("Field 'currencyRate' must be a positive number.", HINT);
  const dateText = optionalString(body, "dateOrder", HINT);
  const dateOrder = dateText === undefined || dateText === null ? store.now() : parseIsoWithOffset(dateText);
  if (dateOrder === null) throw badRequest("Field 'dateOrder' must be an ISO-8601 date-time with an offset.", HINT);
  const lines = readItems(body);
  const text = (field: string) => optionalString(body, field, HINT, true) ?? null;
  const [customer, company] = [nullableInt(body, "customer"), nullableInt(body, "company")];
  const [shipping, payment] = [readCharge(body, "shipping"), readCharge(body, "payment")];
  const [companyNr, companyVat, note, ourNote, externalOrderId] = [
    "companyNr",
    "companyVat",
    "note",
    "ourNote",
    "externalOrderId",
  ].map(text);
  const order = store.insert((id) => ({
    id,
    customer,
    company,
    channelId: channel,
    dateOrder,
    dateMaturity: null,
    billing: { ...billing, companyNr: companyNr ?? null, companyVat: companyVat ?? null },
    delivery,
    note: note ?? null,
    ourNote: ourNote ?? null,
    currency,
    currencyRate: rate,
    paidCents: 0,
    datePaid: null,
    items: lines.map((line) => ({ id: store.itemId(), ...line })),
    weightGrams: lines.reduce((sum, line) => sum + (findArticle(line.article)?.grams ?? 0) * line.count, 0),
    shipping,
    payment,
    trackings: [],
    sent: false,
    delivered: false,
    done: false,
    canceled: false,
    statusId: FLAG_STATUS_IDS.new,
    orderUrl: orderUrlFor(id, channel),
    invoiceUrl: null,
    externalOrderId: externalOrderId ?? null,
    history: [],
  }));
  store.record(order, HISTORY_TEXT.created);
  return json(201, { id: order.id });
}
