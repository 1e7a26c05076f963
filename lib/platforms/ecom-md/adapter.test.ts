// The adapter against the ECOM.md sandbox over real HTTP: connection test, list filters, paging,
// one order, and the transport faults (429, timeout, malformed JSON, Django's HTML 500).
import { afterEach, describe, expect, it } from "vitest";
import { SANDBOX_CREDENTIALS } from "../../sandbox/credentials";
import { adapterHarness } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import type { AdapterQuery } from "../types";
import { ecomMdAdapter as adapter } from "./index";

const { clearFaults, clearLog, connectionTo, contextFor, loggedRequests, query, sandboxPerFile, setFaults } =
  adapterHarness(adapter);
const CREDS = SANDBOX_CREDENTIALS["ecom-md"];

const sandbox = sandboxPerFile();

async function listAll(over: Partial<AdapterQuery> = {}) {
  const conn = connectionTo(sandbox());
  const ctx = contextFor(conn);
  return adapter.listOrders(conn, query(over), null, ctx);
}

describe("ecom-md connection", () => {
  it("testConnection passes with the demo tokens", async () => {
    const conn = connectionTo(sandbox());
    await expect(adapter.testConnection(conn, contextFor(conn))).resolves.toBeUndefined();
  });

  it("a wrong API token is an auth error with the platform's words", async () => {
    const conn = connectionTo(sandbox(), { credentials: { ...CREDS, apiToken: "wrong-token-123" } });
    const error = await failure(adapter.testConnection(conn, contextFor(conn)));
    expect(error).toMatchObject({ kind: "auth", details: { status: 401 } });
    expect(error.message).toBe("Invalid token. (API token)");
  });

  it("a wrong site token is an auth error naming the site token", async () => {
    const conn = connectionTo(sandbox(), { credentials: { ...CREDS, siteToken: "wrong-site-token" } });
    const error = await failure(adapter.testConnection(conn, contextFor(conn)));
    expect(error).toMatchObject({ kind: "auth", message: "Invalid token. (site token)" });
  });

  it("the site token is optional: the form may leave it out, and the test passes without it", async () => {
    expect(adapter.credentialsSchema.parse({ apiToken: " t " })).toEqual({ apiToken: "t" });
    expect(adapter.credentialsSchema.parse({ apiToken: "t", siteToken: " " })).toEqual({ apiToken: "t" });
    expect(adapter.credentialsSchema.parse({ apiToken: "t", siteToken: "s" })).toEqual({
      apiToken: "t",
      siteToken: "s",
    });
    expect(adapter.credentialsSchema.safeParse({ siteToken: "s" }).success).toBe(false);
    expect(adapter.credentialFields.find((f) => f.name === "siteToken")?.required).toBe(false);

    const conn = connectionTo(sandbox(), { credentials: { apiToken: CREDS.apiToken } });
    await clearLog(sandbox());
    await expect(adapter.testConnection(conn, contextFor(conn))).resolves.toBeUndefined();
    const log = await loggedRequests(sandbox());
    expect(log.map((r) => r.path)).toEqual(["/external/external-order/"]);
  });
});

describe("ecom-md list", () => {
  it("reads every order newest first, with the total", async () => {
    const page = await listAll();
    expect(page.total).toBe(61);
    expect(page.orders).toHaveLength(61);
    expect(page.next).toBeNull();
    const times = page.orders.map((o) => o.placedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(page.orders.every((o) => o.totals.total.currency === "MDL" && o.lineCount > 0)).toBe(true);
  });

  it("oldest first", async () => {
    const times = (await listAll({ sort: "placed_asc" })).orders.map((o) => o.placedAt);
    expect(times).toEqual([...times].sort());
  });

  it("filters by status (native) and narrows", async () => {
    const page = await listAll({ statuses: ["done", "canceled"] });
    expect(page.orders.length).toBeGreaterThan(0);
    expect(page.orders.length).toBeLessThan(61);
    expect(page.orders.every((o) => ["done", "canceled"].includes(o.status.code))).toBe(true);
    expect(page.total).toBe(page.orders.length);
  });

  it("filters by stage (native, through its statuses) and narrows", async () => {
    const page = await listAll({ stages: ["completed"] });
    expect(page.orders.length).toBeGreaterThan(0);
    expect(page.orders.length).toBeLessThan(61);
    expect(page.orders.every((o) => o.status.stage === "completed")).toBe(true);
  });

  it("sends `from` as created_after (Unix seconds) and narrows", async () => {
    const all = (await listAll()).orders;
    const from = all[20]!.placedAt;
    const page = await listAll({ from });
    const slack = Date.parse(from) - 1000;
    expect(page.orders.length).toBeLessThan(61);
    expect(page.orders.length).toBeGreaterThanOrEqual(21);
    expect(page.orders.every((o) => Date.parse(o.placedAt) >= slack)).toBe(true);
    const log = await loggedRequests(sandbox());
    const seconds = Math.floor(Date.parse(from) / 1000) - 1;
    expect(log.some((r) => r.query.includes(`created_after=${seconds}`))).toBe(true);
  });

  it("pages through everything: no duplicate, no gap against the total", async () => {
    const conn = connectionTo(sandbox());
    const ctx = contextFor(conn);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    let total = 0;
    do {
      const page: Awaited<ReturnType<typeof adapter.listOrders>> = await adapter.listOrders(
        conn,
        query({ limit: 7 }),
        cursor,
        ctx,
      );
      expect(page.orders.length).toBeLessThanOrEqual(7);
      seen.push(...page.orders.map((o) => o.id));
      total = page.total ?? 0;
      cursor = page.next;
      pages++;
    } while (cursor && pages < 50);
    expect(pages).toBe(9);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(total);
    // A page past the end (orders went away meanwhile): DRF's 404 "Invalid page." ends the list.
    expect(await adapter.listOrders(conn, query({ limit: 7 }), "99:7", ctx)).toEqual({ orders: [], next: null });
  });
});

describe("ecom-md one order", () => {
  it("reads the seed's order 294", async () => {
    const conn = connectionTo(sandbox());
    const order = await adapter.getOrder(conn, "294", contextFor(conn));
    expect(order.id).toBe("294");
    expect(order.status).toEqual({ code: "on_delivery", label: "On delivery", stage: "shipped" });
    expect(order.customer.name).toBe("Ion Popescu");
    expect(order.shippingAddress).toMatchObject({
      line1: "str. Alecu Russo 15/2, ap. 41",
      region: "mun. Chișinău",
      countryCode: "MD",
    });
    expect(order.lines).toHaveLength(1);
    expect(order.lines[0]).toMatchObject({
      id: "12",
      sku: "BAT-DUR-AA4",
      quantity: 1,
      unitPrice: { amount: "94.00", currency: "MDL" },
    });
    expect(order.totals).toMatchObject({
      total: { amount: "144.00", currency: "MDL" },
      shipping: { amount: "50.00" },
      subtotal: { amount: "94.00" },
    });
    expect(order.payment.reference).toBe("517203948812");
  });

  it("speaks the connection's language", async () => {
    const conn = connectionTo(sandbox(), { options: { language: "ru" } });
    const order = await adapter.getOrder(conn, "294", contextFor(conn));
    expect(order.shippingAddress?.region).toBe("мун. Кишинёв");
  });

  it("an unknown order is not_found with the platform's message", async () => {
    const conn = connectionTo(sandbox());
    expect(await failure(adapter.getOrder(conn, "999999", contextFor(conn)))).toMatchObject({
      kind: "not_found",
      message: "Not found.",
    });
  });
});

describe("ecom-md transport faults", () => {
  afterEach(async () => {
    await clearFaults(sandbox());
  });

  it("429 with Retry-After: GETs wait and succeed", async () => {
    await setFaults(sandbox(), { rateLimitPerSecond: 1 });
    const conn = connectionTo(sandbox());
    const ctx = contextFor(conn);
    const pages = await Promise.all([1, 2, 3].map((n) => adapter.listOrders(conn, query({ limit: n }), null, ctx)));
    expect(pages.map((p) => p.orders.length)).toEqual([1, 2, 3]);
    expect(ctx.upstream.timings.some((t) => t.status === 429)).toBe(true);
  });

  it("429 beyond the deadline surfaces rate_limited", async () => {
    await setFaults(sandbox(), { rateLimitPerSecond: 1 });
    const conn = connectionTo(sandbox());
    const ctx = contextFor(conn, { timeoutMs: 800 });
    const results = await Promise.all(
      [1, 2, 3].map((n) => failure(adapter.listOrders(conn, query({ limit: n }), null, ctx)).catch(() => null)),
    );
    const limited = results.find((r) => r?.kind === "rate_limited");
    expect(limited?.message).toBe("Request was throttled. Expected available in 1 second.");
  });

  it("a hanging platform is a timeout", async () => {
    await setFaults(sandbox(), { hangRate: 1 });
    const conn = connectionTo(sandbox(), { options: { timeoutMs: 500 } });
    const error = await failure(adapter.getOrder(conn, "294", contextFor(conn, { timeoutMs: 500 })));
    expect(error.kind).toBe("timeout");
  });

  it("malformed JSON is bad_response, not a crash", async () => {
    await setFaults(sandbox(), { malformedRate: 1 });
    const conn = connectionTo(sandbox());
    expect((await failure(adapter.getOrder(conn, "294", contextFor(conn)))).kind).toBe("bad_response");
    expect((await failure(adapter.listOrders(conn, query({ limit: 5 }), null, contextFor(conn)))).kind).toBe(
      "bad_response",
    );
  });

  it("Django's HTML 500 page becomes a short message", async () => {
    await setFaults(sandbox(), { errorRate: 1 });
    const conn = connectionTo(sandbox());
    const error = await failure(adapter.getOrder(conn, "294", contextFor(conn)));
    expect(error).toMatchObject({
      kind: "unavailable",
      message: "ECOM.md answered 500 Internal Server Error",
      details: { status: 500 },
    });
  });
});
