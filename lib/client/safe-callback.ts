/** Only same-site relative paths ("/orders?x=1"); never "//host" or "/\\host", which browsers treat as another origin. */
export function safeCallbackUrl(value: string | string[] | undefined | null, fallback = "/orders"): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url?.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return fallback;
  if (url.startsWith("/login") || url.startsWith("/api/")) return fallback;
  return url;
}
