// Every Retailys choice that no published source settles (platforms.md tags them [assumed]), one named constant
// each, so a live instance that behaves differently is corrected here and nowhere else.

/** The API version prefix appended to the connection's host unless its base URL already ends in it. */
export const API_PREFIX = "/v1";

/** The list has no sort parameter; we read its order as newest first (dateOrder descending). */
export const LIST_ORDERING = "placed_desc" as const;

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

/** Offset-less times are read in the platform's country (Czechia) unless the connection names another zone. */
export const DEFAULT_TIME_ZONE = "Europe/Prague";
