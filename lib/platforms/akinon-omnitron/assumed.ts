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

/** The list takes no sort parameter; its default ordering is newest first (date_placed descending). */
export const DEFAULT_ORDERING = "placed_desc" as const;

/** The cancellation reason id sent for every cancelled item when the connection sets none (`reasons: {item: code}`). */
export const DEFAULT_CANCEL_REASON = "1";

/** Item attribute keys that may carry the product's name, barcode and variant (the seed's `attributes` is empty). */
export const ITEM_ATTRIBUTE_KEYS = {
  name: ["product_name", "name", "title"],
  ean: ["barcode", "ean", "gtin"],
  variant: ["color", "size"],
} as const;

/** Offset-less times are read in the platform's country (Turkey) unless the connection names another zone. */
export const DEFAULT_TIME_ZONE = "Europe/Istanbul";
