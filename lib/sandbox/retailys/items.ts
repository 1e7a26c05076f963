// Order items: add, edit, delete while the order is neither canceled nor sent (platforms.md section 6).
import type { SandboxRequest, SandboxResponse } from "../core/types";
import {
  type Body,
  objectBody,
  optionalInt,
  optionalMoney,
  optionalString,
  requiredInt,
  requiredMoney,
  requiredString,
} from "./body";
import { findArticle } from "./catalog";
import { badRequest, json, notFound, unprocessable } from "./errors";
import { HISTORY_TEXT } from "./history-text";
import type { Store } from "./store";
import type { Item, Order } from "./types";

const DEFAULT_VAT = 21;
const ITEMS_RULE = "Items can be added, edited or deleted while the order is neither canceled nor sent.";

function refuseLocked(order: Order): void {
  const reason = order.canceled ? "it is canceled" : order.sent ? "it has already been sent" : null;
  if (reason) throw unprocessable(`Items of order ${order.id} cannot be changed: ${reason}.`, ITEMS_RULE);
}

function gramsOf(article: string): number {
  return findArticle(article)?.grams ?? 0;
}

/** Reads a new line from `body`; `prefix` names the fields in errors (e.g. "items[0]."). */
export function readNewItem(body: Body, prefix: string, hint: string): Omit<Item, "id"> {
  const fields = Object.fromEntries(Object.entries(body).map(([key, value]) => [prefix + key, value]));
  const article = requiredString(fields, `${prefix}article`, hint).trim();
  const count = requiredInt(fields, `${prefix}count`, hint);
  // [assumed] price is the unit price including VAT, in the order's currency.
  const price = requiredMoney(fields, `${prefix}price`, hint);
  const vat = fields[`${prefix}vat`];
  if (vat !== undefined && (typeof vat !== "number" || vat < 0 || vat > 100))
    throw badRequest(`Field '${prefix}vat' must be a number from 0 to 100.`, hint);
  const known = findArticle(article);
  const name = optionalString(fields, `${prefix}name`, hint) ?? known?.name ?? article;
  const note = optionalString(fields, `${prefix}note`, hint, true) ?? null;
  const rate = typeof vat === "number" ? vat : (known?.vat ?? DEFAULT_VAT);
  return {
    article,
    name,
    count,
    ordered: count,
    waitingCount: 0,
    note,
    unitCents: price,
    originalCents: price,
    vat: rate,
  };
}

const ADD_HINT =
  'Expected body: {"article": string, "count": integer, "price": number, "name"?: string, "vat"?: number, "note"?: string}.';

/** POST /System/Orders/{id}/item → 201 {id} of the new item. */
export function addItem(store: Store, req: SandboxRequest, idText: string): SandboxResponse {
  const order = store.get(idText);
  const line = readNewItem(objectBody(req, ADD_HINT), "", ADD_HINT);
  refuseLocked(order);
  const item: Item = { id: store.itemId(), ...line };
  order.items.push(item);
  order.weightGrams += gramsOf(item.article) * item.count;
  store.record(order, HISTORY_TEXT.itemAdded(item.article, item.count));
  return json(201, { id: item.id });
}

function findItem(order: Order, itemId: number | string): Item {
  const item = order.items.find((entry) => String(entry.id) === String(itemId));
  if (!item)
    throw notFound(
      `Item ${itemId} not found on order ${order.id}.`,
      "Read the order's items from GET /System/Orders/{id}.",
    );
  return item;
}

const EDIT_HINT = 'Expected body: {"id": integer, "count"?: integer, "price"?: number, "note"?: string | null}.';

/** PUT /System/Orders/{id}/item → 200 {id} of the edited item. */
export function editItem(store: Store, req: SandboxRequest, idText: string): SandboxResponse {
  const order = store.get(idText);
  const body = objectBody(req, EDIT_HINT);
  const itemId = requiredInt(body, "id", EDIT_HINT);
  const count = optionalInt(body, "count", EDIT_HINT);
  const price = optionalMoney(body, "price", EDIT_HINT);
  const note = optionalString(body, "note", EDIT_HINT, true);
  if (count === undefined && price === undefined && note === undefined)
    throw badRequest("Nothing to change: send count, price or note.", EDIT_HINT);
  const item = findItem(order, itemId);
  refuseLocked(order);
  if (count !== undefined) {
    order.weightGrams += gramsOf(item.article) * (count - item.count);
    item.count = count;
    item.waitingCount = Math.min(item.waitingCount, count);
  }
  if (price !== undefined) {
    item.unitCents = price;
    // [assumed] priceOriginal keeps the pre-discount price unless the new price is higher.
    item.originalCents = Math.max(item.originalCents, price);
  }
  if (note !== undefined) item.note = note;
  store.record(order, HISTORY_TEXT.itemEdited(item.article));
  return json(200, { id: item.id });
}

/** DELETE /System/Orders/{id}/item/{itemId} → 200 {id} of the deleted item. */
export function deleteItem(store: Store, idText: string, itemIdText: string): SandboxResponse {
  const order = store.get(idText);
  const item = findItem(order, itemIdText);
  refuseLocked(order);
  order.items = order.items.filter((entry) => entry !== item);
  order.weightGrams = Math.max(0, order.weightGrams - gramsOf(item.article) * item.count);
  store.record(order, HISTORY_TEXT.itemDeleted(item.article));
  return json(200, { id: item.id });
}
