// The writable order fields, shared by PATCH /orders/{id} and POST /orders. Everything is validated before
// anything is applied, so a refused request changes nothing. Read-only and unknown keys are ignored [assumed]
// (shipping_status moves only through the handlers).
import { centsToFloat, toCents } from "../core/money";
import { parseLines, stringMap } from "./line-input";
import { applyTotals } from "./lines";
import { PAYMENT_STATUS_TEXT, PAYMENT_SUBSTATUSES, SHIPPING_SUBSTATUSES, shippingMethod } from "./reference";
import type { Store } from "./store";
import { type OrderRecord, PAYMENT_STATUSES, type PaymentStatus, type Tag } from "./types";

const TEXT_FIELDS = [
  "payment_transaction_id",
  "shipping_awb",
  "shipping_carrier_id",
  "channel_ref_id",
  "customer_note",
  "customer_notification",
  "billing_name",
  "billing_identity_number",
  "billing_company_name",
  "billing_company_number",
  "billing_company_vat",
  "billing_company_bank_name",
  "billing_company_bank_account",
  "billing_country_code",
  "billing_country_name",
  "billing_state",
  "billing_city",
  "billing_address",
  "billing_postal_code",
  "billing_phone",
  "shipping_name",
  "shipping_country_code",
  "shipping_country_name",
  "shipping_state",
  "shipping_city",
  "shipping_address",
  "shipping_postal_code",
  "shipping_phone",
] as const;

type Body = Record<string, unknown>;
export type Apply = (order: OrderRecord) => void;

function substatus(
  list: readonly { id: number; text: string }[],
  value: unknown,
): { id: number | null; text: string | null } | null {
  if (value === null) return { id: null, text: null };
  if (typeof value !== "number" || !Number.isInteger(value)) return null;
  return { id: value, text: list.find((entry) => entry.id === value)?.text ?? null };
}

/** The tags to add, resolved only when applied, so a refused request does not create tags. */
function tagsToAdd(store: Store, value: unknown): (() => Tag)[] | string {
  if (!Array.isArray(value)) return "tags must be an array of {name} objects.";
  const tags: (() => Tag)[] = [];
  for (const item of value) {
    const { id, name } = (typeof item === "object" && item !== null ? item : {}) as Body;
    if (typeof name === "string" && name.trim() !== "") {
      tags.push(() => store.tagNamed(name.trim()));
      continue;
    }
    const existing = typeof id === "number" ? store.tagById(id) : undefined;
    if (!existing) return "each tag needs a non-empty name (or the id of an existing tag).";
    tags.push(() => existing);
  }
  return tags;
}

interface NoteInput {
  id: number | null;
  text: string;
}

function notesSent(value: unknown): NoteInput[] | string {
  if (value === null) return [];
  if (!Array.isArray(value)) return "internal_notes must be an array of {text} objects.";
  const notes: NoteInput[] = [];
  for (const item of value) {
    const { id, text } = (typeof item === "object" && item !== null ? item : {}) as Body;
    if (typeof text !== "string" || text === "") return "each internal note needs a non-empty text.";
    const known = typeof id === "number" || (typeof id === "string" && /^\d+$/.test(id)) ? Number(id) : null;
    notes.push({ id: known, text });
  }
  return notes;
}

/** Validates the writable fields of `body`; returns how to apply them, or the error message. */
export function collectChanges(store: Store, order: OrderRecord, body: Body): Apply | string {
  const steps: Apply[] = [];
  const set: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    const value = body[field];
    if (value === undefined) continue;
    if (value !== null && typeof value !== "string") return `${field} must be a string or null.`;
    set[field] = value;
  }
  if (set.shipping_awb !== undefined && order.shipping_status === "cancelled") {
    return `the order is cancelled; its AWB cannot be changed.`;
  }
  if (typeof body.customer_email === "string") set.customer_email = body.customer_email;
  else if (body.customer_email !== undefined) return "customer_email must be a string.";
  if (body.customer_id !== undefined) {
    if (typeof body.customer_id !== "number" || !Number.isInteger(body.customer_id))
      return "customer_id must be an integer.";
    set.customer_id = body.customer_id;
  }
  if (body.billing_type !== undefined) {
    if (body.billing_type !== "individual" && body.billing_type !== "company")
      return "billing_type must be individual or company.";
    set.billing_type = body.billing_type;
  }
  if (body.payment_status !== undefined) {
    if (!PAYMENT_STATUSES.includes(body.payment_status as PaymentStatus))
      return `payment_status must be one of ${PAYMENT_STATUSES.join(", ")}.`;
    set.payment_status = body.payment_status;
    set.payment_status_text = PAYMENT_STATUS_TEXT[body.payment_status as PaymentStatus];
  }
  for (const [key, list] of [
    ["payment_substatus", PAYMENT_SUBSTATUSES],
    ["shipping_substatus", SHIPPING_SUBSTATUSES],
  ] as const) {
    if (body[`${key}_id`] === undefined) continue;
    const parsed = substatus(list, body[`${key}_id`]);
    if (!parsed) return `${key}_id must be an integer or null.`;
    Object.assign(set, { [`${key}_id`]: parsed.id, [`${key}_text`]: parsed.text });
  }
  if (body.shipping_method_id !== undefined) {
    const id = body.shipping_method_id;
    if (typeof id !== "number" || !Number.isInteger(id) || id < 0)
      return "shipping_method_id must be a non-negative integer.";
    const method = shippingMethod(id);
    set.shipping_method_id = id;
    set.shipping_method_name = method?.name ?? null; // the seed's PATCH answer shows null for an id the shop does not know
    if (method && set.shipping_carrier_id === undefined) set.shipping_carrier_id = method.carrierId;
  }
  let totalsChanged = false;
  if (body.shipping_amount !== undefined) {
    const cents = body.shipping_amount === null ? null : toCents(body.shipping_amount);
    if (body.shipping_amount !== null && (cents === null || cents < 0))
      return "shipping_amount must be a non-negative number or null.";
    set.shipping_amount = cents === null ? null : centsToFloat(cents);
    totalsChanged = true;
  }
  if (body.meta_fields !== undefined) {
    const meta = body.meta_fields;
    if (meta !== null && (typeof meta !== "object" || Array.isArray(meta)))
      return "meta_fields must be an object or null.";
    set.meta_fields = meta === null ? null : stringMap(meta as Body);
  }
  if (body.line_items !== undefined) {
    const lines = parseLines(body.line_items);
    if (typeof lines === "string") return lines;
    set.line_items = lines; // a line_items array REPLACES every line [vendor]
    totalsChanged = true;
  }
  if (body.tags !== undefined) {
    const tags = tagsToAdd(store, body.tags);
    if (typeof tags === "string") return tags;
    steps.push((target) => {
      // `tags: [{name}]` ADDS tags to the order [vendor]; a tag it already has is not repeated.
      const merged = [...(target.tags ?? [])];
      for (const tag of tags.map((resolve) => resolve())) {
        if (!merged.some((have) => have.id === tag.id)) merged.push({ ...tag });
      }
      target.tags = merged;
    });
  }
  if (body.internal_notes !== undefined) {
    const notes = notesSent(body.internal_notes);
    if (typeof notes === "string") return notes;
    // [assumed] the stricter reading: the list sent REPLACES the order's notes, as line_items does. A note sent
    // with the id of one the order has keeps that id; any other gets a new one; a note not sent is gone.
    steps.push((target) => {
      const have = new Set((target.internal_notes ?? []).map((note) => note.id));
      const replaced = notes.map(({ id, text }) => ({ id: id !== null && have.has(id) ? id : store.noteId(), text }));
      target.internal_notes = replaced.length > 0 ? replaced : null;
    });
  }
  return (target) => {
    Object.assign(target, set);
    for (const step of steps) step(target);
    if (totalsChanged) applyTotals(target);
  };
}
