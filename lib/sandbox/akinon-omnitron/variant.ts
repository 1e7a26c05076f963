// Other plausible readings of Omnitron for tests (`startTestSandbox({ variants: { "akinon-omnitron": {...} } })`).
// Unknown keys and values are ignored: the default is the sandbox's own reading of seed 004.

export interface Variant {
  /**
   * The order the list's pages come in. "newest-first" (default) honours DRF's `ordering` parameter;
   * "oldest-first" and "shuffled" (no date order at all) ignore it, as a view without OrderingFilter does.
   */
  listOrder: "newest-first" | "oldest-first" | "shuffled";
  /**
   * The origin (and path prefix) DRF writes into `next`/`previous` links. Behind a proxy Django builds them from
   * the Host it was given, e.g. "http://internal-omnitron:8000". Null: the request's own base URL.
   */
  nextHost: string | null;
  /** "varied": orders rendered in other plausible shapes (shapes.ts), one of them broken beyond reading. */
  shapes: "seed" | "varied";
  /** A tenant's own PageNumberPagination.max_page_size (null: the sandbox's MAX_LIMIT). */
  maxPageSize: number | null;
}

export function readVariant(raw: Readonly<Record<string, unknown>> | undefined): Variant {
  const listOrder = raw?.listOrder;
  const nextHost = raw?.nextHost;
  const maxPageSize = raw?.maxPageSize;
  return {
    listOrder: listOrder === "oldest-first" || listOrder === "shuffled" ? listOrder : "newest-first",
    nextHost: typeof nextHost === "string" && nextHost ? nextHost.replace(/\/+$/, "") : null,
    shapes: raw?.shapes === "varied" ? "varied" : "seed",
    maxPageSize:
      typeof maxPageSize === "number" && Number.isInteger(maxPageSize) && maxPageSize > 0 ? maxPageSize : null,
  };
}
