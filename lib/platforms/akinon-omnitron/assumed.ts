// Every Omnitron fact we could not find published (platforms.md tags them [assumed]), one named constant each,
// so a live tenant that answers differently is corrected here and nowhere else.

/** The order detail route (platforms.md documents only `?number=`; DRF routers give `{id}/`). */
export const ORDER_DETAIL_PATH = (id: string) => `/api/i1/orders/${encodeURIComponent(id)}/`;

/** django-filter lookups on the order list beyond the seed's `is_send` and `status`. */
export const LIST_FILTER_PARAMS = {
  number: "number",
  placedFrom: "date_placed__gte",
  placedTo: "date_placed__lte",
  /** The connection option `channel` narrows by the channel's id, as a ModelChoiceFilter does. */
  channel: "channel",
} as const;

/** DRF's PageNumberPagination max_page_size: larger `limit`s are clamped upstream anyway. */
export const MAX_PAGE_SIZE = 100;

/** The list filter `is_send` takes DRF's Python spellings, as the seed's own query writes them (`is_send=False`). */
export const ERP_FLAG_VALUES = { sent: "True", notSent: "False" } as const;

/**
 * The list's sort parameter: DRF's OrderingFilter spelling, asked for on every list request. Whether a tenant
 * honours it is NOT assumed: walk.ts reads the dates of the pages and walks an oldest-first tenant from its
 * last page back, and sorts a tenant with no date order itself (below).
 */
export const LIST_ORDERING = { param: "ordering", newestFirst: "-date_placed" } as const;

/**
 * For a tenant whose pages follow no date order: read every page (at MAX_PAGE_SIZE) and sort here, up to this
 * many pages; a longer list is refused with a message asking to narrow it (dates, status, ERP flag).
 */
export const FULL_READ_MAX_PAGES = 10;

/**
 * The fewest orders a page must hold for its dates to tell which way a tenant's list runs. Pages are asked for
 * at MAX_PAGE_SIZE; a tenant whose largest page is shorter is read whole (FULL_READ_MAX_PAGES), not trusted.
 */
export const MIN_PAGE_TO_JUDGE = 10;

// The list walk's remaining guesses (walk.ts), each checked where it can be:
// - [assumed] DRF PageNumberPagination: `count` is the number of orders the filters match and page N holds the
//   orders (N-1)·L+1 … N·L, so an oldest-first tenant is walked back from page ceil(count / L). A page that
//   does not join up with the one before (dates) switches to reading every page (FULL_READ_MAX_PAGES).
// - [assumed] L, the page length, is what page 1 held when a next page exists (a clamped or ignored `limit`).
// - [assumed] no two orders share a date_placed millisecond across a page boundary: their order within the
//   millisecond is Orderdeck's tie-break (the id), and a tenant's other tie-break would list one of them late,
//   where it is skipped. DRF renders microseconds, so this takes two orders placed in the same millisecond.

/**
 * The tenant's cancellation reasons: a DRF list (paged like the orders, or a bare array) of
 * `{id, subject, cancellation_type: "cancel" | "refund", is_active}`. Seed 004 shows only the cancel body's
 * `reasons: {item id: reason id}`; the path and the fields are Akinon's usual naming, not published for the ERP API.
 */
export const CANCELLATION_REASONS = {
  path: "/api/v1/cancellation_reasons/",
  /** Asked for (harmless when ignored); the answer is narrowed here too. */
  query: { cancellation_type: "cancel", is_active: "True", limit: MAX_PAGE_SIZE },
  /** Reasons whose `cancellation_type` is this one are for cancellations (the others are for refunds). */
  cancelType: "cancel",
  /** Pages read at most (a tenant has a handful of reasons). */
  maxPages: 5,
} as const;

/** Item attribute keys that may carry the product's name, barcode and variant (the seed's `attributes` is empty). */
export const ITEM_ATTRIBUTE_KEYS = {
  name: ["product_name", "name", "title"],
  ean: ["barcode", "ean", "gtin"],
  variant: ["color", "size"],
} as const;

/** Offset-less times are read in the platform's country (Turkey) unless the connection names another zone. */
export const DEFAULT_TIME_ZONE = "Europe/Istanbul";
