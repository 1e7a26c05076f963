// Every choice the MerchantPro docs leave open lives here, so a live tenant can correct it in one place.

/** The shop domain used in info_url / proforma_url / product_url, as in the seed's examples. */
export const SHOP_URL = "https://shop.demo.ro";

export const API_PREFIX = "/api/v2";

/** Paging [seed]: start defaults to 0, limit to 100, and limit may not exceed 100. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 100;
/** [assumed] a limit over 100 (or under 1) is refused with 400, not clamped. */
export const REFUSE_OUT_OF_RANGE_LIMIT = true;

/** [assumed] "repeated attempts" → 403: 5 bad credentials within 15 minutes lock the client out until the window passes. */
export const LOCKOUT_MAX_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

/** VAT on shipping (Romania's standard rate), used to derive shipping_tax_amount. */
export const SHIPPING_TAX_PERCENT = 19;

/** [assumed] free shipping from this order value (cents), as many Romanian shops do. */
export const FREE_SHIPPING_FROM_CENTS = 25_000;

/** Invoice series shown in the seed (`"prefix": "SERIE"`); numbers are zero-padded to 7 digits like "0000010". */
export const INVOICE_PREFIX = "SERIE";
export const INVOICE_NUMBER_DIGITS = 7;
export const INVOICE_APP = "billing";

/** [assumed] EUR orders carry currency "EUR", original_currency "EUR" and the RON-per-EUR rate; RON orders carry nulls. */
export const EUR_RON_RATE = 4.9752;

/** Generated ids start above every id the seed uses, so seed records stay the oldest. */
export const FIRST_GENERATED_ID = 94_000_001;

/** [assumed] created_after / created_before compare the Romanian calendar date of date_created: after is inclusive, before exclusive. */
export const DATE_FILTER_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
