// Strict-Transport-Security for pages served over https: browsers then never try plain http for Orderdeck again
// (a first visit typed without https:// cannot be intercepted on later visits). Sent only where Orderdeck is
// known to be served over https, by its configured address (NEXTAUTH_URL) or by the proxy in front of it
// (TRUSTED_PROXIES ≥ 1) saying the request came in over https: on https://localhost in development it would pin
// every local port to https for a year.

/** Two years, subdomains included: the value the HSTS preload list asks for. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** The header's value for a request, or null where it must not be sent. `vars` is process.env in production. */
export function hstsFor(vars: Record<string, string | undefined>, headers: Headers): string | null {
  if (vars.NEXTAUTH_URL?.startsWith("https://")) return HSTS_VALUE;
  const proxied = Number(vars.TRUSTED_PROXIES ?? 0) >= 1;
  // The proxy nearest the client writes the first value; a browser ignores the header on a plain http answer anyway.
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return proxied && proto === "https" ? HSTS_VALUE : null;
}
