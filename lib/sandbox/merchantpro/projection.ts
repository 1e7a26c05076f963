// `fields=` (id always included) and the line_items side-load: a list shows line_items only with
// include=line_items; GET one always carries them, unless `fields` leaves them out.
import type { OrderRecord } from "./types";

export type LinesMode = "always" | "never" | "if-listed";

export function parseFields(raw: string | null): string[] | null {
  if (raw === null) return null;
  return raw
    .split(",")
    .map((field) => field.trim())
    .filter((field) => field !== "");
}

export function project(order: OrderRecord, fields: string[] | null, lines: LinesMode): Record<string, unknown> {
  if (fields === null) {
    if (lines !== "never") return order;
    const { line_items: _omitted, ...rest } = order;
    return rest;
  }
  const out: Record<string, unknown> = { id: order.id };
  for (const field of fields) {
    if (field === "line_items" && lines === "never") continue;
    // [assumed] a field the order does not have (or an unknown name) is left out, not an error.
    if (Object.hasOwn(order, field)) out[field] = order[field];
  }
  if (lines === "always" && Object.hasOwn(order, "line_items")) out.line_items = order.line_items;
  return out;
}
