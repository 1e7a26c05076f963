// Every choice the MerchantPro docs leave open ([assumed] in platforms.md), in ONE place so a live tenant can
// correct it. Guesses that are ways of reading rather than values:
// - Order fields: a time without a UTC offset (the seed's all carry one) is the shop's wall-clock time, in the
//   connection's time zone (default below).
// - Statuses: the order's status is its shipping_status; an unknown one is stage "processing" (statuses.ts).
// - Line items carry no id: a line's position in the order is its id.
// - invoice: its number is prefix + number; a bare number or text in its place is the number.
// - Errors: no error body is documented; `{error: {code, message}}`, `{message}`, `{errors: [...]}` and
//   `{detail}` are all read for the platform's words (client.ts).
// - Errors and limits: "about 3–4 requests/s (second-hand)": the adapter stays at 3 (index.ts).
export const MERCHANTPRO_ASSUMED = {
  /** A payload without `currency` (e.g. a `fields=` projection): MerchantPro shops default to RON. */
  defaultCurrency: "RON",
  /**
   * Filters: created_after / created_before take a DATE in the shop's time zone (computed in the connection's),
   * and the docs do not say whether the bounds are inclusive: widen each by this many days, so the date
   * narrowing never drops an order (the orders service re-checks the exact instants).
   */
  dateBoundSlackDays: 1,
  /** payment_status "paid" means paid in full (there is no paid amount). */
  paidMeansPaidInFull: true,
  /** Section 6 "set AWB / tracking": `PATCH /orders/{id}` with `{shipping_awb}` sets the AWB (one per order). */
  awbWritable: true,
  /**
   * Update: `PATCH /orders/{id}` with `{internal_notes: [{text}]}` writes internal notes — but the docs do not say
   * whether the list sent is added to the order's or REPLACES it (as `line_items` does). So a new note is sent
   * with every earlier one as read (each with its id, so a platform that adds can recognise them); perform()
   * re-reads the order and reports it if the new note or an earlier one is missing.
   */
  internalNotesWritable: true,
  /** Tracking pages per carrier (matched on the carrier id or the shipping method's name); `{awb}` is replaced. */
  carriers: [
    {
      name: "FAN Courier",
      match: /fan\s*-?\s*courier|fancourier/i,
      url: "https://www.fancourier.ro/awb-tracking/?tracking={awb}",
    },
    {
      name: "Cargus",
      match: /cargus/i,
      url: "https://www.cargus.ro/personal/urmareste-coletul/?tracking_number={awb}",
    },
    { name: "Sameday", match: /same\s*day|easybox/i, url: "https://sameday.ro/#awb={awb}" },
    { name: "DPD", match: /\bdpd/i, url: "https://tracking.dpd.ro/?shipmentNumber={awb}&language=ro" },
    { name: "GLS", match: /\bgls/i, url: "https://gls-group.com/RO/ro/urmarire-colet?match={awb}" },
    { name: "Speedy", match: /speedy/i, url: "https://www.speedy.bg/en/track-shipment?shipmentNumber={awb}" },
    { name: "Poșta Română", match: /posta|poșta/i, url: "https://www.posta-romana.ro/track-trace.html?id={awb}" },
  ],
} as const;

/** Offset-less times are read in the platform's country (Romania) unless the connection names another zone. */
export const DEFAULT_TIME_ZONE = "Europe/Bucharest";
