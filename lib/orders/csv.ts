// CSV for the order export: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
// (=, +, -, @, tab, CR at the start) prefixed with an apostrophe (OWASP's CSV-injection advice). The header row
// is in the requester's language (catalogue namespace `csvExport`, English = the column names below); the values
// stay as the platforms sent them, dates and money machine-readable.
import "server-only";
import type { OrderSummary } from "../domain/order";

export const EXPORT_COLUMNS = [
  "connection",
  "platform",
  "order_number",
  "order_id",
  "placed_at",
  "customer_name",
  "customer_email",
  "items",
  "total",
  "currency",
  "payment_status",
  "status",
  "status_code",
  "stage",
  "tracking",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

function cell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  // A negative amount is a number, not a formula: only text cells are defused.
  if (/^[=+\-@\t\r]/.test(text) && !/^-\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header row; `label` names a column in the requester's language (English: the column's own name). */
export function csvHeader(label: (column: ExportColumn) => string = (column) => column): string {
  return `${EXPORT_COLUMNS.map((column) => cell(label(column))).join(",")}\r\n`;
}

export function csvRow(order: OrderSummary, connectionName: string): string {
  return `${[
    connectionName,
    order.platform,
    order.number,
    order.id,
    order.placedAt,
    order.customer.name,
    order.customer.email,
    order.lineCount,
    order.totals.total.amount,
    order.totals.total.currency,
    order.payment.status?.label ?? "",
    order.status.label,
    order.status.code,
    order.status.stage,
    order.shipping.tracking.map((tracking) => tracking.number).join(" "),
  ]
    .map(cell)
    .join(",")}\r\n`;
}
