// Other plausible readings of the Retailys docs, chosen per sandbox (PlatformOptions.variant), for tests of an
// adapter that must not depend on the sandbox's default reading. Unknown keys are ignored.
//   shapes: "references"   items carry `article` as {id, apiLink} (the expanded article with expanded=true) and
//                          `priceOriginal` as a price object; customer, company, shipping and payment are
//                          references too (expanded: with their details).
//   listOrder: "oldest-first"   the list pages oldest first (as a database's primary-key order would).
//   dates: "wall-clock"    date-times are Prague wall-clock times without an offset ("2024-01-15T10:00:00").

export interface Variant {
  references: boolean;
  oldestFirst: boolean;
  wallClock: boolean;
}

export const DEFAULT_VARIANT: Variant = { references: false, oldestFirst: false, wallClock: false };

export function readVariant(variant: Readonly<Record<string, unknown>> | undefined): Variant {
  return {
    references: variant?.shapes === "references",
    oldestFirst: variant?.listOrder === "oldest-first",
    wallClock: variant?.dates === "wall-clock",
  };
}
