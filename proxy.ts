// Sets a per-request nonce and the pages' Content-Security-Policy, and Strict-Transport-Security where Orderdeck
// is served over https. It decides NO access: every page and route handler checks the session itself
// (lib/auth), since proxies/middleware have been bypassed before.
import { type NextRequest, NextResponse } from "next/server";
import { hstsFor } from "./lib/hsts";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Radix and sonner set inline styles; style injection cannot run script, so this is the usual trade-off.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  const hsts = hstsFor(process.env, request.headers);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

export const config = {
  // Pages only: the API has its own strict CSP (next.config.mjs) and needs no nonce.
  matcher: [{ source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
