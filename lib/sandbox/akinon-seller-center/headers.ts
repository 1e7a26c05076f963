// Header checks that Seller Center makes on every request: the Accept header (406) and the
// Content-Type header (415, required even on GET).
import type { IncomingHttpHeaders } from "node:http";

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** DRF's DefaultContentNegotiation with only the JSON renderer: any listed type matching application/json
 *  wins; the q parameter is ignored, as DRF's media_type_matches ignores it. No Accept header = anything. */
export function acceptsJson(headers: IncomingHttpHeaders): boolean {
  const accept = headerValue(headers, "accept");
  if (accept === undefined || accept.trim() === "") return true;
  return accept.split(",").some((entry) => {
    const type = (entry.split(";")[0] ?? "").trim().toLowerCase();
    return type === "*/*" || type === "application/*" || type === "application/json" || type === "*";
  });
}

/** Seller Center quirk: `Content-Type: application/json` is required on every request, GET included.
 *  Returns null when acceptable, else the raw header value for DRF's 415 message ("" when missing). */
export function unsupportedContentType(headers: IncomingHttpHeaders): string | null {
  const raw = headerValue(headers, "content-type") ?? "";
  const type = (raw.split(";")[0] ?? "").trim().toLowerCase();
  return type === "application/json" ? null : raw;
}
