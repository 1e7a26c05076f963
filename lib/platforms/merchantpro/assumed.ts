// Every choice the MerchantPro docs leave open ([assumed] in platforms.md), in ONE constant so a live
// tenant can correct it in one place.
export const MERCHANTPRO_ASSUMED = {
  /** A payload without `currency` (e.g. a `fields=` projection): MerchantPro shops default to RON. */
  defaultCurrency: "RON",
  /**
   * created_after / created_before take a DATE in the shop's time zone, and the docs do not say whether
   * the bounds are inclusive: widen each by this many days, so the date narrowing never drops an order
   * (the orders service re-checks the exact instants).
   */
  dateBoundSlackDays: 2,
  /** `PATCH /orders/{id}` with `{shipping_awb}` sets the AWB (one per order: a new one replaces the old). */
  awbWritable: true,
  /**
   * `PATCH /orders/{id}` with `{internal_notes: [{text}]}` ADDS a note, as `tags: [{name}]` adds a tag (same
   * `[{id, …}]` shape in the field list). perform() re-reads the order and fails loudly if it did not.
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
