// After signing in, only a page of Orderdeck itself: every spelling a browser would read as another
// host falls back to /orders.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback";

describe("safeCallbackUrl", () => {
  it("keeps a page of ours with its query and hash", () => {
    expect(safeCallbackUrl("/orders?stage=pending&q=a%20b#row-3")).toBe("/orders?stage=pending&q=a%20b#row-3");
    expect(safeCallbackUrl(["/connections", "/users"])).toBe("/connections");
    expect(safeCallbackUrl("/orders/c1/o%2F2")).toBe("/orders/c1/o%2F2");
  });

  it("keeps an absolute URL on our own origin as its path", () => {
    expect(safeCallbackUrl("https://deck.example.com/orders?x=1", "/orders", "https://deck.example.com")).toBe(
      "/orders?x=1",
    );
    expect(safeCallbackUrl("https://deck.example.com.evil.example/orders", "/orders", "https://deck.example.com")).toBe(
      "/orders",
    );
    expect(safeCallbackUrl("http://deck.example.com/orders", "/home", "https://deck.example.com")).toBe("/home");
  });

  it.each([
    ["tab after the slash", "/\t/evil.example"],
    ["carriage return", "/\r/evil.example"],
    ["line feed", "/\n/evil.example"],
    ["CR LF", "/\r\n/evil.example"],
    ["tab inside the double slash", "/\t\t/evil.example/orders"],
    ["protocol-relative", "//evil.example"],
    ["backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["backslash then slash", "\\/evil.example"],
    ["dot segment leaving //", "/.//evil.example"],
    ["encoded dots leaving //", "/%2e%2e//evil.example"],
    ["parent segment leaving //", "/orders/..//evil.example"],
    ["parent segment then backslash", "/a/..\\\\evil.example"],
    ["absolute URL elsewhere", "https://evil.example/orders"],
    ["javascript:", "javascript:alert(document.domain)"],
    ["JavaScript: with a tab", "java\tscript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["the login page (a loop)", "/login?callbackUrl=/orders"],
    ["the API", "/api/me"],
    ["empty", ""],
  ])("falls back for %s", (_label, value) => {
    expect(safeCallbackUrl(value)).toBe("/orders");
  });

  it("falls back for the decoded form of the reported /%09/evil.example", () => {
    // Next.js hands the page the decoded query: "/\t/evil.example".
    expect(safeCallbackUrl(new URLSearchParams("callbackUrl=/%09/evil.example").get("callbackUrl"))).toBe("/orders");
    expect(safeCallbackUrl(new URLSearchParams("callbackUrl=/%0D%0A/evil.example").get("callbackUrl"))).toBe("/orders");
    expect(safeCallbackUrl(new URLSearchParams("callbackUrl=/%5C/evil.example").get("callbackUrl"))).toBe("/orders");
  });

  it("keeps still-encoded characters encoded, so the browser stays on our origin", () => {
    expect(safeCallbackUrl("/%09/evil.example")).toBe("/%09/evil.example");
    expect(safeCallbackUrl("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(safeCallbackUrl("/%5Cevil.example")).toBe("/%5Cevil.example");
  });

  it("whatever it is given, answers a path that a browser resolves on our own origin", () => {
    const origin = "https://deck.example.com";
    const stays = (value: string) => {
      const result = safeCallbackUrl(value, "/orders", origin);
      const resolved = new URL(result, origin);
      return (
        result.startsWith("/") && !/^\/[\\/]/.test(result) && resolved.origin === origin && !/[\t\r\n]/.test(result)
      );
    };
    expect(stays("https:evil.example")).toBe(true);
    const hostile = fc.array(
      fc.constantFrom(
        "/",
        "\\",
        "\t",
        "\r",
        "\n",
        ".",
        "..",
        "%2e",
        "%09",
        ":",
        "@",
        "evil.example",
        "https:",
        "//",
        "?",
        "#",
        " ",
      ),
      {
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(
        hostile.map((parts) => parts.join("")),
        stays,
      ),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: "binary" }), stays), { numRuns: 2000 });
  });

  it("falls back for null, undefined and very long values", () => {
    expect(safeCallbackUrl(null)).toBe("/orders");
    expect(safeCallbackUrl(undefined)).toBe("/orders");
    expect(safeCallbackUrl(`/${"a".repeat(3000)}`)).toBe("/orders");
  });
});
