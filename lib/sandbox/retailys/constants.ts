// Retailys choices the docs leave open, each in one place so a live instance can correct it.

/** Real host: apiLink values point at it (the sandbox serves no /System/Channels). */
export const API_ORIGIN = "https://api.retailys.com";

/** `per_page` default and limits [vendor]; outside MIN..MAX the request is refused with 400 [assumed: refused, not clamped]. */
export const PER_PAGE_DEFAULT = 10;
export const PER_PAGE_MIN = 10;
export const PER_PAGE_MAX = 250;

/** The status a flag action moves the order to, so the status label matches the flags [assumed]. */
export const FLAG_STATUS_IDS = { new: 1, sent: 6, delivered: 7, done: 8, canceled: 9 } as const;

/** CZK per EUR used when a created EUR order names no currencyRate [assumed]. */
export const DEFAULT_EUR_RATE = 24.35;

/** Order currencies this instance accepts on create [assumed]. */
export const ORDER_CURRENCIES = ["CZK", "EUR"] as const;
export const MAIN_CURRENCY = "CZK";

/** Days between an order and its payment due date, for bank transfers [assumed]. */
export const MATURITY_DAYS = 14;

/** The `type` of the history records the sandbox writes itself on every state change [assumed]. */
export const AUTO_HISTORY_TYPE = "system";
