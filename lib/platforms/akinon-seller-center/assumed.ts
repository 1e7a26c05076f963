// Every Seller Center fact we could not find published (platforms.md tags them [assumed]), one named constant
// each, so a live tenant that answers differently is corrected here and nowhere else. Where a guess is checked
// on every answer, the comment says what happens when it is wrong.

/** One order by id: DRF's detail route of the read-only order viewset (the seed documents only the list). */
export const ORDER_DETAIL_PATH = (id: string) => `/api/i1/orders/${encodeURIComponent(id)}/`;

/** DRF's max_page_size for `limit`: we never ask for more per page. */
export const MAX_PAGE_SIZE = 100;

/**
 * The list's sort, asked of DRF's OrderingFilter. The seed documents NO sort parameter and no default order,
 * so nothing relies on it: list-walk.ts checks the order every page arrives in (newest or oldest first, both
 * walked newest first; any other order is refused with a message) and pages by the documented
 * `date_placed__lt`. Ignored by a tenant without the filter, which costs nothing.
 */
export const LIST_ORDERING = "-date_placed";

/**
 * Orders placed in one millisecond are listed by one call (the list breaks ties by id, the platform may not).
 * Past this many pages of a single instant, the rest of that instant is skipped: we assume no tenant has more
 * than 1,000 orders (10 pages of 100) stamped with the same millisecond.
 */
export const SAME_INSTANT_PAGES = 10;

/**
 * A page boundary for `date_placed__lt`, written in UTC with `Z` (django-filter's IsoDateTimeFilter reads it).
 * A tenant that sends times without an offset is read in the connection's time zone (DEFAULT_TIME_ZONE unless
 * set): we assume the platform means the same zone, else a wrong `timeZone` option shifts page boundaries.
 */
export const PAGE_BOUNDARY = (ms: number) => new Date(ms).toISOString();

/** The seed's item has no quantity: one item row per unit, as marketplaces split quantities. */
export const UNITS_PER_ITEM = 1;

/** `extra_field` keys on an item that may carry the product's name (the seed's `extra_field` is empty). */
export const ITEM_NAME_KEYS = ["product_name", "name", "title"] as const;

/** The first page of an order's items: enough for any real order; a longer one is followed by its `next` links. */
export const ITEM_PAGES_PER_ORDER = 10;

/**
 * A list page's items come in ONE ranged read (`order__date_placed__gte|lte` over the page's orders) when the
 * range holds at most this many items; past it, one read per order is cheaper than reading others' items.
 */
export const LIST_ITEM_BATCH_MAX = 300;

/**
 * An order's items by its number, the filter the seed documents (platforms.md also assumes an `order` UUID
 * filter, used only for an order without a number). Either way an item is kept only when its own `order`
 * names the order, so a tenant that ignores the filter shows no other order's items.
 */
export const ITEMS_BY_NUMBER_PARAM = "order__number";

/**
 * Customer addresses of a page in batches: django-filter's `in` lookup on `id` (the seed lists only `id`).
 * An answer counts only for the ids asked; each one it lacks is read alone by `id`, so a tenant that ignores
 * `id__in` is slower, never wrong.
 */
export const ADDRESS_BY_IDS_PARAM = "id__in";

/** UUIDs per `id__in` read: 50 keep the query near 2 KB, far below the URL limits of common proxies. */
export const ADDRESS_BATCH = 50;

/**
 * Pages of changed items one call of a changed-since read may follow (`order-items/?updated_at__gte=`, 100 a
 * page) before it gives up with an error rather than list fewer orders than changed: 50,000 items changed in
 * one span of placing times is far beyond a sync's few minutes.
 */
export const CHANGED_ITEM_PAGES = 500;

/** Offset-less times are read in the platform's country (Turkey) unless the connection names another zone. */
export const DEFAULT_TIME_ZONE = "Europe/Istanbul";
