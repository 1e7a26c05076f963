// Which fields each action's form asks for, and turning the typed values into an ActionInput validated with
// the same zod schema the server uses. `requires` (from the adapter) makes an optional field mandatory.
import { type ActionInput, type AvailableAction, actionInput } from "@/lib/domain/action";
import type { OrderLine } from "@/lib/domain/order";

export type FieldName =
  | "status"
  | "invoiceNumber"
  | "invoiceUrl"
  | "trackingNumber"
  | "carrier"
  | "reasonCode"
  | "amount"
  | "reference"
  | "text"
  | "sku"
  | "quantity"
  | "unitPrice"
  | "note";

export interface FieldSpec {
  name: FieldName;
  label: string;
  kind: "text" | "textarea" | "select" | "number" | "decimal" | "url";
  required: boolean;
}

const REQUIRES_TO_FIELD: Partial<Record<NonNullable<AvailableAction["requires"]>[number], FieldName>> = {
  invoiceNumber: "invoiceNumber",
  trackingNumber: "trackingNumber",
  carrier: "carrier",
  amount: "amount",
  text: "text",
  sku: "sku",
  quantity: "quantity",
  unitPrice: "unitPrice",
};

const f = (name: FieldName, label: string, kind: FieldSpec["kind"], required: boolean): FieldSpec => ({
  name,
  label,
  kind,
  required,
});

/** The form's fields, or null when the action needs no input (it runs on click or after a confirmation). */
export function formFields(action: AvailableAction): FieldSpec[] | null {
  const needs = new Set((action.requires ?? []).map((r) => REQUIRES_TO_FIELD[r]).filter(Boolean));
  const needed = (name: FieldName) => needs.has(name);
  // Retailys: a line cannot be added or changed without its unit price.
  const price = f(
    "unitPrice",
    needed("unitPrice") ? "Unit price" : "Unit price (optional)",
    "decimal",
    needed("unitPrice"),
  );
  switch (action.type) {
    case "set-status":
      return action.statusOptions?.length ? [f("status", "New status", "select", true)] : null;
    case "create-invoice":
      return needs.has("invoiceNumber")
        ? [f("invoiceNumber", "Invoice number", "text", true), f("invoiceUrl", "Invoice link (optional)", "url", false)]
        : null;
    case "add-tracking": {
      // A carrier list (the connection's shipper ids) makes the carrier a choice; without one it is typed.
      const listed = Boolean(action.choices?.carrier?.length);
      const label = needed("carrier") || listed ? "Carrier" : "Carrier (optional)";
      return [
        f("trackingNumber", "Tracking number", "text", true),
        f("carrier", label, listed ? "select" : "text", needed("carrier") || listed),
      ];
    }
    case "cancel":
      // Only where the platform wants one of its own reasons; else cancelling is a confirmation.
      return action.choices?.reason?.length ? [f("reasonCode", "Cancellation reason", "select", true)] : null;
    case "mark-paid":
      return [
        f("amount", "Amount paid", "decimal", true),
        f("reference", "Payment reference (optional)", "text", false),
      ];
    case "add-note":
      return [f("text", "Note", "textarea", true)];
    case "add-item":
      return [f("sku", "Product code (SKU)", "text", true), f("quantity", "Quantity", "number", true), price];
    case "edit-item":
      return [f("quantity", "Quantity", "number", true), price, f("note", "Note (optional)", "text", false)];
    default:
      return null;
  }
}

/** Starting values: an edited line's own quantity and price, the amount still owed, the first status. */
export function initialValues(
  action: AvailableAction,
  line: OrderLine | undefined,
  owed: string | null,
): Record<string, string> {
  return {
    status: action.statusOptions?.[0]?.code ?? "",
    quantity: line ? String(line.quantity) : action.type === "add-item" ? "1" : "",
    unitPrice: line?.unitPrice?.amount ?? "",
    amount: owed ?? "",
  };
}

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The input for the action with these values, or the field errors (same messages as the server's). */
export function buildInput(
  action: AvailableAction,
  fields: FieldSpec[],
  values: Record<string, string>,
): { input: ActionInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    if (field.required && !trimmed(values[field.name])) errors[field.name] = `Enter the ${field.label.toLowerCase()}`;
  }
  const raw: Record<string, unknown> = { type: action.type };
  if (action.lineId) raw.lineId = action.lineId;
  for (const field of fields) {
    const value = trimmed(values[field.name]);
    if (value === undefined) continue;
    raw[field.name] = field.kind === "number" ? Number(value) : value;
  }
  const parsed = actionInput.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "");
      errors[name] ??= name === "quantity" ? "Enter a whole number of at least 1" : issue.message;
    }
  }
  return parsed.success && Object.keys(errors).length === 0 ? { input: parsed.data } : { errors };
}

/** The input of an action that needs no form (a fixed status move, cancel, an item, a flag), else null. */
export function directInput(action: AvailableAction): ActionInput | null {
  switch (action.type) {
    case "set-status":
      return action.status ? { type: "set-status", status: action.status.code } : null;
    case "cancel":
      return { type: "cancel" };
    case "reject-item":
    case "delete-item":
      return action.lineId ? { type: action.type, lineId: action.lineId } : null;
    case "create-invoice":
      return { type: "create-invoice" };
    case "mark-exported":
      return { type: "mark-exported" };
    default:
      return null;
  }
}
