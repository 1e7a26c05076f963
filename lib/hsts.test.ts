// Strict-Transport-Security on the pages (proxy.ts) where Orderdeck is served over https, and only there.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { HSTS_VALUE } from "./hsts";

const saved = { ...process.env };
afterEach(() => {
  process.env = saved;
});

function pageHeaders(vars: Record<string, string>, headers: Record<string, string> = {}): Headers {
  const { NEXTAUTH_URL: _url, TRUSTED_PROXIES: _proxies, ...rest } = saved;
  process.env = { ...rest, ...vars };
  return proxy(new NextRequest("http://127.0.0.1:3000/orders", { headers })).headers;
}

describe("Strict-Transport-Security", () => {
  it("is sent on every page when NEXTAUTH_URL is https", () => {
    expect(pageHeaders({ NEXTAUTH_URL: "https://orders.example.com" }).get("strict-transport-security")).toBe(
      HSTS_VALUE,
    );
  });

  it("is sent when a trusted proxy says the request came over https", () => {
    const headers = pageHeaders({ TRUSTED_PROXIES: "1" }, { "x-forwarded-proto": "https" });
    expect(headers.get("strict-transport-security")).toBe(HSTS_VALUE);
  });

  it("is not sent over plain http, nor on a forwarded proto no trusted proxy vouches for", () => {
    expect(pageHeaders({ NEXTAUTH_URL: "http://127.0.0.1:3000" }).has("strict-transport-security")).toBe(false);
    const forged = pageHeaders({ NEXTAUTH_URL: "http://127.0.0.1:3000" }, { "x-forwarded-proto": "https" });
    expect(forged.has("strict-transport-security")).toBe(false);
    const proxiedHttp = pageHeaders({ TRUSTED_PROXIES: "1" }, { "x-forwarded-proto": "http" });
    expect(proxiedHttp.has("strict-transport-security")).toBe(false);
  });
});
