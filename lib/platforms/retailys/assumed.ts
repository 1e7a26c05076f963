// Every Retailys choice that no published source settles (platforms.md tags them [assumed]), one named constant
// each, so a live instance that behaves differently is corrected here and nowhere else.

/** The API version prefix appended to the connection's host unless its base URL already ends in it. */
export const API_PREFIX = "/v1";

/** The only order Orderdeck lists Retailys in: newest first (dateOrder descending), whatever the instance pages in. */
export const LIST_ORDERING = "placed_desc" as const;

/**
 * The list has no sort parameter [vendor], so the order the instance pages in is detected (walk.ts), not trusted:
 * - [assumed] an instance pages its orders by dateOrder, either newest first or oldest first (a database's id
 *   order is nearly that); an order whose dateOrder disagrees with its page's place can come out of order.
 * - the direction is read from page 1 against the last page (`paginator.pages`), else from the order of dates
 *   within those pages; it is kept per connection for DIRECTION_TTL_MS. An oldest-first instance is read from
 *   its last page back to page 1, each page sorted newest first.
 * - when nothing tells (one page, every date equal, no paginator) the walk goes forward: DEFAULT_DIRECTION.
 * - [assumed] orders with the same dateOrder on both sides of a page boundary keep the instance's order, which
 *   may differ from Orderdeck's tie-break by id.
 */
export const DEFAULT_DIRECTION = "newest-first" as const;
export const DIRECTION_TTL_MS = 10 * 60_000;

/** `per_page` limits [vendor]; our page size is the caller's limit clamped into them. */
export const PER_PAGE = { min: 10, max: 250 } as const;

/** How long an instance's status list (`/System/Orders/Statuses`) is reused before it is read again. */
export const STATUSES_TTL_MS = 5 * 60_000;

/**
 * The stage of an order in Retailys terms, first match wins: the flags carry the lifecycle [vendor]; an order
 * cancelled after delivery is a return; the instance status's completeOrder/cancelOrder flags back the order's
 * own flags up; an unsent order is "processing" once fully paid, else "pending" (cash-on-delivery orders stay
 * "pending" until sent: the instance status names are free text, so nothing else tells "being packed" apart).
 */
export const STAGE_RULES = [
  { stage: "returned", when: { canceled: true, delivered: true } },
  { stage: "cancelled", when: { canceled: true } },
  { stage: "completed", when: { done: true } },
  { stage: "delivered", when: { delivered: true } },
  { stage: "shipped", when: { sent: true } },
  { stage: "cancelled", when: { statusCancels: true } },
  { stage: "completed", when: { statusCompletes: true } },
  { stage: "processing", when: { fullyPaid: true } },
  { stage: "pending", when: {} },
] as const;

/** The `status` sent with PATCH /paid (a payment gateway's state in the docs; ours is a manual record). */
export const MANUAL_PAYMENT_STATUS = "paid";

/** The history record `type` of a note written from Orderdeck. */
export const NOTE_HISTORY_TYPE = "note";

/** The currency of an order that names none (the instance's main currency when sent, else this). */
export const FALLBACK_CURRENCY = "CZK";

/**
 * An item's `article` is a bare code, `{id, apiLink}`, or (expanded=true) the article; its name for the code is
 * undocumented. [assumed] The line's SKU is the first of these fields the expanded article has, else the bare
 * value, else the article id. Add item sends the SKU typed as `article`: an instance that wants the article id
 * gets the id when that is what the person typed (the SKU the list shows for such an instance).
 */
export const ARTICLE_CODE_KEYS = ["code", "sku", "catalogNumber", "productCode", "article", "number"] as const;

/**
 * [vendor] POST /tracking takes the instance's own `shipperId`; the API publishes no carrier list, so Orderdeck
 * guesses no id: the connection's `carriers` option maps names to the instance's ids, or a person types the id.
 * [assumed] A tracking is read with `shipperId` (a bare id or a reference), else a `shipper` record, and the
 * carrier's name from that mapping, else a `shipperName`/`shipper.name` the instance may send.
 */
export const CARRIER_OPTION = "carriers";

/** Offset-less times are read in the platform's country (Czechia) unless the connection names another zone. */
export const DEFAULT_TIME_ZONE = "Europe/Prague";
