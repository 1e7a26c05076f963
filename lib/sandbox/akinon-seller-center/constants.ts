// Seller Center's enums and the sandbox's choices. Everything marked [assumed] is published nowhere.

export const PLATFORM_ID = "akinon-seller-center";
export const API_PREFIX = "/api/i1";

/** Order and order item statuses (integers; not Omnitron's codes). */
export const STATUS = {
  approveWaiting: 100,
  approved: 200,
  packageWaiting: 300,
  packaged: 400,
  shipped: 500,
  delivered: 600,
  cancellationWaiting: 700,
  cancelled: 800,
  rejected: 900,
} as const;

export const PLAN_STATUSES = [
  "completed",
  "waiting",
  "waiting_supplier",
  "approved",
  "confirmation_waiting",
  "confirmed",
  "cancelled",
  "failed",
  "rejected",
  "waiting_for_payment",
  "manuel_refund_need",
] as const;

export const PLAN_TYPES = ["refund", "cancel"] as const;

/** Paging: `limit` defaults to 10 [vendor]; the cap of 100 is [assumed] (larger values are clamped, as DRF's max_page_size does). */
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100; // [assumed]

/** Lifetime of refresh tokens from token/obtain/: simplejwt's default of one day [assumed]. */
export const REFRESH_TOKEN_TTL_SECONDS = 86_400; // [assumed]

/** The seller account behind the demo credentials (the `user_id` claim in issued JWTs) [assumed]. */
export const SELLER_USER_ID = 1; // [assumed]

/** Every order of this seller carries the seller's datasource; the seed example's value is reused [assumed]. */
export const SELLER_DATASOURCE = "7371e321-9ae4-418d-8472-f4d13ce3da8d";
