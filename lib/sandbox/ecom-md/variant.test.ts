// The other readings of the docs (variant.ts): the same orders, in another wire shape.
import { describe, expect, it } from "vitest";
import type { SandboxRequest } from "../core/types";
import { createEcomMdSandbox } from "./index";
import { API } from "./test-helpers";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields
type Json = Record<string, any>;

const NOW = Date.UTC(2026, 0, 15);
const list = (variant: Record<string, unknown>): Json[] => {
  const platform = createEcomMdSandbox({ seed: 42, count: 20, now: NOW, tokenTtlSeconds: 3600, variant });
  const req: SandboxRequest = {
    method: "GET",
    path: "/external/external-order/",
    query: new URLSearchParams("page_size=100&ordering=created_at"),
    headers: { "api-token": API["API-Token"] },
    body: undefined,
    rawBody: "",
    baseUrl: "http://127.0.0.1/ecom-md",
  };
  return (platform.handle(req) as { body: { results: Json[] } }).body.results;
};

describe("ecom-md variants", () => {
  const plain = list({});
  const other = list({ shapes: "alternative", dates: "wall-clock" });

  it("the same orders, created_at as Chișinău wall-clock time without an offset", () => {
    expect(other.map((o) => o.id)).toEqual(plain.map((o) => o.id));
    const [, second] = plain;
    // "2026-01-10T18:25:42+02:00" is the wall-clock time "2026-01-10 18:25:42".
    expect(other[1]?.created_at).toBe(second?.created_at.slice(0, 19).replace("T", " "));
    expect(other[1]?.created_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });

  it("alternative shapes: ids for references, numbers for money, stripped statuses, one broken order", () => {
    const [broken, order] = other;
    expect(broken?.created_at).toBeNull();
    expect(typeof order?.total_price).toBe("number");
    expect(order?.total_price).toBe(Number(plain[1]?.total_price));
    expect(order?.status).toBe(plain[1]?.status.replace(/_/g, ""));
    expect(order?.customer.address.region).toBe(plain[1]?.customer.address.region.id);
    expect(other.some((o) => o.order_items.some((i: Json) => typeof i.product === "number"))).toBe(true);
    expect(order?.meta).toEqual({ source: { channel: "1c", exported: { by: "sync", version: 2 } } });
  });
});
