// Which fields each action's form asks for, and turning the typed values into an ActionInput validated with
// the same zod schema the server uses. `requires` (from the adapter) makes an optional field mandatory.
import { type ActionInput, type AvailableAction, actionInput } from "@/lib/domain/action";
import type { OrderLine } from "@/lib/domain/order";
import type { z } from "zod";

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

/** A field of an action's form; its label is `actions.field.<name>`, "(optional)" added when not required. */
export interface FieldSpec {
  name: FieldName;
  kind: "text" | "textarea" | "select" | "number" | "decimal" | "url";
  required: boolean;
}

/** What is wrong with a field's value, for the form to say in the user's language. */
export type FieldProblem =
  | { kind: "required" }
  | { kind: "wholeNumber" }
  | { kind: "amount" }
  | { kind: "url" }
  | { kind: "tooLong"; max: number }
  | { kind: "other"; message: string };

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

const f = (name: FieldName, kind: FieldSpec["kind"], required: boolean): FieldSpec => ({ name, kind, required });

/** The form's fields, or null when the action needs no input (it runs on click or after a confirmation). */
export function formFields(action: AvailableAction): FieldSpec[] | null {
  const needs = new Set((action.requires ?? []).map((r) => REQUIRES_TO_FIELD[r]).filter(Boolean));
  const needed = (name: FieldName) => needs.has(name);
  // Retailys: a line cannot be added or changed without its unit price.
  const price = f("unitPrice", "decimal", needed("unitPrice"));
  switch (action.type) {
    case "set-status":
      return action.statusOptions?.length ? [f("status", "select", true)] : null;
    case "create-invoice":
      return needs.has("invoiceNumber") ? [f("invoiceNumber", "text", true), f("invoiceUrl", "url", false)] : null;
    case "add-tracking": {
      // A carrier list (the connection's shipper ids) makes the carrier a choice; without one it is typed.
      const listed = Boolean(action.choices?.carrier?.length);
      return [f("trackingNumber", "text", true), f("carrier", listed ? "select" : "text", needed("carrier") || listed)];
    }
    case "cancel":
      // Only where the platform wants one of its own reasons; else cancelling is a confirmation.
      return action.choices?.reason?.length ? [f("reasonCode", "select", true)] : null;
    case "mark-paid":
      return [f("amount", "decimal", true), f("reference", "text", false)];
    case "add-note":
      return [f("text", "textarea", true)];
    case "add-item":
      return [f("sku", "text", true), f("quantity", "number", true), price];
    case "edit-item":
      return [f("quantity", "number", true), price, f("note", "text", false)];
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

/** What a failed check of the shared schema means for the field (the schema's English is for the API). */
function problemOf(name: string, issue: z.core.$ZodIssue): FieldProblem {
  if (name === "quantity") return { kind: "wholeNumber" };
  if (issue.code === "too_big") return { kind: "tooLong", max: Number(issue.maximum) };
  if (issue.code === "invalid_format" && issue.format === "url") return { kind: "url" };
  // The schema's one pattern is the decimal amount's (amount, unit price).
  if (issue.code === "invalid_format" && issue.format === "regex") return { kind: "amount" };
  return { kind: "other", message: issue.message };
}

/** The input for the action with these values, or what is wrong with each field (the server's checks). */
export function buildInput(
  action: AvailableAction,
  fields: FieldSpec[],
  values: Record<string, string>,
): { input: ActionInput } | { errors: Record<string, FieldProblem> } {
  const errors: Record<string, FieldProblem> = {};
  for (const field of fields) {
    if (field.required && !trimmed(values[field.name])) errors[field.name] = { kind: "required" };
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
      errors[name] ??= problemOf(name, issue);
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
