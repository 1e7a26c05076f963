// Where to go after signing in: only a page of Orderdeck itself. The value is parsed as a URL against our
// own origin, as a browser would, rather than matched as text: browsers drop tabs and newlines and read "\"
// as "/", so "/\t/evil.example" or "/\\evil.example" leave the site, and dot segments ("/.//evil.example")
// can leave a path that starts with "//", which a browser reads as another host.

/** Stands for our origin when the real one is not known (it is never sent anywhere). */
const PLACEHOLDER_ORIGIN = "https://orderdeck.invalid";

/** Path, query and hash of `value` when it points into Orderdeck (relative, or absolute on `origin`); else `fallback`. */
export function safeCallbackUrl(
  value: string | string[] | undefined | null,
  fallback = "/orders",
  origin: string = PLACEHOLDER_ORIGIN,
): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || raw.length > 2048) return fallback;
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  if (
    url.pathname.startsWith("//") ||
    url.pathname === "/login" ||
    url.pathname.startsWith("/login/") ||
    url.pathname.startsWith("/api/")
  ) {
    return fallback;
  }
  return url.pathname + url.search + url.hash;
}
