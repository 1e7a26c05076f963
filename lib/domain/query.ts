// The order list's filters, sort and paging: parsed from the URL by the page and by GET /api/orders alike.
import { z } from "zod";
import { compareDecimal } from "./decimal";
import { STAGES } from "./order";

/** A list parameter given as repeated keys (?stage=a&stage=b) or one comma list (?stage=a,b). */
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) =>
      (Array.isArray(value) ? value : value ? [value] : [])
        .flatMap((part) => part.split(","))
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

const decimal = z.string().trim().regex(/^\d{1,12}(\.\d{1,4})?$/, { error: "Use a plain amount like 100 or 99.90" });
const instant = z.union([
  z.iso.datetime({ offset: true }),
  z.iso.date().transform((day) => `${day}T00:00:00Z`),
], { error: "Use an ISO date or date-time, e.g. 2026-11-01 or 2026-11-01T00:00:00+02:00" });

/** Whether an order was handed to the shop's ERP (Akinon Omnitron's `is_send`; other platforms have no ERP flag). */
export const ERP_STATES = ["sent", "unsent"] as const;

export const ORDER_SORTS = [
  "placed_desc",
  "placed_asc",
  "total_desc",
  "total_asc",
  "customer_asc",
  "customer_desc",
  "status_asc",
  "status_desc",
  "connection_asc",
  "connection_desc",
] as const;
export type OrderListSort = (typeof ORDER_SORTS)[number];

export const orderListQuery = z
  .object({
    connection: list(z.uuid({ error: "Not a connection id" })),
    stage: list(z.enum(STAGES)),
    status: list(z.string().max(64)),
    q: z.string().trim().max(200).optional().transform((value) => value || undefined),
    from: instant.optional(),
    to: instant.optional(),
    minTotal: decimal.optional(),
    maxTotal: decimal.optional(),
    currency: z.string().trim().regex(/^[A-Za-z]{3}$/, { error: "Use a 3-letter currency code" }).transform((c) => c.toUpperCase()).optional(),
    erp: z.enum(ERP_STATES).optional(),
    sort: z.enum(ORDER_SORTS).default("placed_desc"),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(4000).optional(),
  })
  .refine((query) => !query.from || !query.to || Date.parse(query.from) <= Date.parse(query.to), {
    error: "from must be before to",
    path: ["to"],
  })
  .refine((query) => !query.minTotal || !query.maxTotal || compareDecimal(query.minTotal, query.maxTotal) <= 0, {
    error: "minTotal must not exceed maxTotal",
    path: ["maxTotal"],
  });
export type OrderListQuery = z.infer<typeof orderListQuery>;
