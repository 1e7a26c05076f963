// The client's IP for the sign-in throttle and the audit log. Behind N trusted proxies
// (TRUSTED_PROXIES), the client is the (N+1)-th address from the right of X-Forwarded-For.
import "server-only";
import { env } from "../env";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

export function clientIp(headers: HeaderBag): string {
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const fromRight = forwarded[forwarded.length - 1 - env().TRUSTED_PROXIES];
  return fromRight ?? forwarded[0] ?? header(headers, "x-real-ip") ?? "unknown";
}
