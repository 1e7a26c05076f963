// PATCH /api/i1/order_items/bulk_status_update/ — the ERP's invoice and shipment report. All or nothing: one bad
// row refuses the whole call with DRF's nested list errors (`{}` for the rows that were fine) and changes nothing.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { SHIPPING_COMPANIES } from "./catalog";
import { type FieldErrors, validation } from "./errors";
import {
  drfDateTime,
  drfNullableString,
  INVALID_DATETIME,
  INVALID_URL,
  isPlainObject,
  isUrl,
  pkMessages,
  primaryKey,
  pythonType,
} from "./fields";
import { touch } from "./modified";
import type { Store } from "./store";
import { isStatusCode, type Order, type OrderItem } from "./types";
import { TRANSITION_CODE, objectBody, statusOf } from "./updates";
import { type ItemChange, syncOrderFromItems, transitionErrors } from "./workflow";

const BULK_INVALID_CODE = "invalid"; // DRF's default validation code for field errors

type Writable = Pick<
  OrderItem,
  "invoice_number" | "invoice_date" | "e_archive_url" | "tracking_number" | "shipping_company"
>;

interface Row {
  item: OrderItem;
  order: Order;
  status: string;
  fields: Partial<Writable>;
}

function readText(row: Record<string, unknown>, key: keyof Writable, errors: FieldErrors, fields: Partial<Writable>) {
  if (!(key in row)) return;
  const parsed = drfNullableString(row[key]);
  if (!parsed.ok) errors[key] = [parsed.error];
  else fields[key] = parsed.value;
}

/** One row: its field errors (DRF field order), or the change it asks for. */
function readRow(
  raw: unknown,
  store: Store,
  seen: Set<number>,
): { errors: FieldErrors; row?: Row; transition?: boolean } {
  if (!isPlainObject(raw))
    return { errors: { non_field_errors: [`Invalid data. Expected a dictionary, but got ${pythonType(raw)}.`] } };
  const errors: FieldErrors = {};
  const fields: Partial<Writable> = {};
  const id = primaryKey(raw.id);
  const found = id === null ? undefined : store.item(id);
  if (!("id" in raw)) errors.id = ["This field is required."];
  else if (id === null)
    errors.id = [typeof raw.id === "string" ? pkMessages.missing(raw.id) : pkMessages.wrongType(raw.id)];
  else if (!found) errors.id = [pkMessages.missing(raw.id)];
  else if (seen.has(id)) errors.id = ["This order item appears more than once in the request."]; // [assumed]
  if (id !== null) seen.add(id);
  const status = statusOf(raw.status);
  if (!("status" in raw)) errors.status = ["This field is required."];
  else if (!isStatusCode(status)) errors.status = [`"${String(raw.status)}" is not a valid choice.`];
  readText(raw, "invoice_number", errors, fields);
  if ("invoice_date" in raw) {
    const date = raw.invoice_date === null ? null : drfDateTime(raw.invoice_date);
    if (raw.invoice_date !== null && date === null) errors.invoice_date = [INVALID_DATETIME];
    else fields.invoice_date = date;
  }
  readText(raw, "e_archive_url", errors, fields);
  if (typeof fields.e_archive_url === "string" && !isUrl(fields.e_archive_url)) errors.e_archive_url = [INVALID_URL];
  readText(raw, "tracking_number", errors, fields);
  readText(raw, "shipping_company", errors, fields);
  const company = fields.shipping_company;
  if (typeof company === "string" && !SHIPPING_COMPANIES.includes(company))
    errors.shipping_company = [`"${company}" is not a valid choice.`];
  if (Object.keys(errors).length > 0 || !found || status === undefined) return { errors };

  const change: ItemChange = { status, ...fields };
  // Re-sending the item's current status only writes the fields (an ERP retry) [assumed].
  const refused = status === found.item.status ? null : transitionErrors(found.item, change);
  if (refused) return { errors: refused, transition: true };
  return { errors: {}, row: { ...found, status, fields } };
}

export function bulkStatusUpdate(req: SandboxRequest, store: Store): SandboxResponse {
  const parsed = objectBody(req);
  if ("error" in parsed) return parsed.error;
  const list = parsed.body.orderitem_set;
  if (list === undefined) return validation({ orderitem_set: ["This field is required."] });
  if (!Array.isArray(list)) {
    return validation({
      orderitem_set: { non_field_errors: [`Expected a list of items but got type "${pythonType(list)}".`] },
    });
  }
  if (list.length === 0) return validation({ orderitem_set: { non_field_errors: ["This list may not be empty."] } });

  const seen = new Set<number>();
  const results = list.map((raw) => readRow(raw, store, seen));
  if (results.some((result) => Object.keys(result.errors).length > 0)) {
    const transition = results.some((result) => result.transition);
    return validation(
      { orderitem_set: results.map((r) => r.errors) },
      transition ? TRANSITION_CODE : BULK_INVALID_CODE,
    );
  }

  const touched = new Set<Order>();
  const updated: OrderItem[] = [];
  for (const { row } of results) {
    if (!row) continue;
    row.item.status = row.status;
    Object.assign(row.item, row.fields);
    touched.add(row.order);
    updated.push(row.item);
  }
  const now = Date.now();
  for (const order of touched) {
    syncOrderFromItems(order);
    touch(order, now);
  }
  // The answer echoes the request's envelope with the updated items [assumed].
  return { status: 200, body: { orderitem_set: updated } };
}
