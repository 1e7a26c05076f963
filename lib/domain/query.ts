// The order list's filters, sort and paging: parsed from the URL by GET /api/orders (and checked against the
// same rules by the list page, see query-rules.ts and lib/client/order-list-search.ts).
import { z } from "zod";
import { ISSUE } from "./issues";
import { STAGES } from "./order";
import {
  AMOUNT,
  CONNECTION_ID,
  CURRENCY,
  DEFAULT_SORT,
  ERP_STATES,
  MAX_LENGTH,
  ORDER_SORTS,
  PAGE_LIMIT,
  rangeInOrder,
  toInstant,
  totalsInOrder,
} from "./query-rules";

export { ERP_STATES, ORDER_SORTS, type OrderListSort } from "./query-rules";

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

const decimal = z.string().trim().regex(AMOUNT, { error: ISSUE.plainAmountInvalid });
const instant = z
  .string()
  .refine((value) => toInstant(value) !== null, { error: ISSUE.dateInvalid })
  .transform((value) => toInstant(value) ?? value);

export const orderListQuery = z
  .object({
    connection: list(z.string().regex(CONNECTION_ID, { error: ISSUE.connectionIdInvalid })),
    stage: list(z.enum(STAGES)),
    status: list(z.string().max(MAX_LENGTH.status)),
    q: z
      .string()
      .trim()
      .max(MAX_LENGTH.q)
      .optional()
      .transform((value) => value || undefined),
    from: instant.optional(),
    to: instant.optional(),
    minTotal: decimal.optional(),
    maxTotal: decimal.optional(),
    currency: z
      .string()
      .trim()
      .regex(CURRENCY, { error: ISSUE.currencyInvalid })
      .transform((c) => c.toUpperCase())
      .optional(),
    erp: z.enum(ERP_STATES).optional(),
    sort: z.enum(ORDER_SORTS).default(DEFAULT_SORT),
    limit: z.coerce.number().int().min(PAGE_LIMIT.min).max(PAGE_LIMIT.max).default(PAGE_LIMIT.default),
    cursor: z.string().max(MAX_LENGTH.cursor).optional(),
  })
  .refine((query) => rangeInOrder(query.from, query.to), { error: ISSUE.fromAfterTo, path: ["to"] })
  .refine((query) => totalsInOrder(query.minTotal, query.maxTotal), {
    error: ISSUE.minTotalAboveMax,
    path: ["maxTotal"],
  });
export type OrderListQuery = z.infer<typeof orderListQuery>;
