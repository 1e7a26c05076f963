// Paging (start/limit, max 100, relative links), sort, projection, side-loading and unknown-parameter errors.
import { beforeAll, describe, expect, it } from "vitest";
import { type Json, merchantProForTests } from "./test-helpers";

describe("merchantpro list", () => {
  const mp = merchantProForTests();
  let everyId: number[];
  beforeAll(async () => {
    everyId = (await mp.all("fields=id")).map((o: Json) => o.id);
  });

  it("lists every order (generated + the seed's) by id ascending with default start 0 / limit 100", async () => {
    const reply = await mp.get("/api/v2/orders");
    expect(reply.body.meta.count).toEqual({ total: 72, current: 72, start: 0, limit: 100 });
    expect(reply.body.meta.links).toEqual({ prev: null, current: "/api/v2/orders", next: null });
    const ids = reply.body.data.map((o: Json) => o.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(reply.body.data.some((o: Json) => "line_items" in o)).toBe(false);
  });

  it("walks every order once through relative next links, and back through prev", async () => {
    const seen: number[] = [];
    let next: string | null = "/api/v2/orders?limit=7&fields=id";
    let last: Json;
    while (next) {
      expect(next.startsWith("/api/v2/orders?")).toBe(true);
      last = (await mp.get(next)).body;
      expect(last.meta.count.current).toBe(last.data.length);
      expect(last.meta.count.total).toBe(everyId.length);
      seen.push(...last.data.map((o: Json) => o.id));
      next = last.meta.links.next;
    }
    expect(seen).toEqual(everyId);
    expect(new Set(seen).size).toBe(seen.length);
    expect(last.meta.links.prev).toBe("/api/v2/orders?start=63&limit=7&fields=id");
    const second = await mp.get("/api/v2/orders?start=7&limit=7&fields=id");
    expect(second.body.meta.links).toEqual({
      prev: "/api/v2/orders?start=0&limit=7&fields=id",
      current: "/api/v2/orders?start=7&limit=7&fields=id",
      next: "/api/v2/orders?start=14&limit=7&fields=id",
    });
  });

  it("accepts limit=100 and refuses limit over 100, 0, or not a number with 400", async () => {
    expect((await mp.get("/api/v2/orders?limit=100")).status).toBe(200);
    for (const bad of ["limit=101", "limit=0", "limit=ten", "start=-1"]) {
      const reply = await mp.get(`/api/v2/orders?${bad}`);
      expect(reply.status, bad).toBe(400);
      expect(reply.body.error.code).toBe("invalid_parameter");
    }
    const past = await mp.get("/api/v2/orders?start=500");
    expect(past.body.data).toEqual([]);
    expect(past.body.meta.links.next).toBeNull();
  });

  it("sorts by date_created both ways", async () => {
    const up = (await mp.all("fields=id,date_created&sort=date_created")).map((o: Json) => Date.parse(o.date_created));
    const down = (await mp.all("fields=id,date_created&sort=date_created.desc")).map((o: Json) =>
      Date.parse(o.date_created),
    );
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(down).toEqual([...up].reverse());
    expect((await mp.get("/api/v2/orders?sort=total_amount")).status).toBe(400);
  });

  it("projects fields= (id always there) and side-loads line_items only with include", async () => {
    const reply = await mp.get("/api/v2/orders?limit=5&fields=total_amount,currency");
    for (const order of reply.body.data) expect(Object.keys(order).sort()).toEqual(["currency", "id", "total_amount"]);
    const withLines = await mp.get("/api/v2/orders?limit=5&fields=total_amount&include=line_items");
    for (const order of withLines.body.data)
      expect(Object.keys(order).sort()).toEqual(["id", "line_items", "total_amount"]);
    const noLines = await mp.get("/api/v2/orders?limit=5&fields=line_items");
    for (const order of noLines.body.data) expect(Object.keys(order)).toEqual(["id"]);
    expect((await mp.get("/api/v2/orders?include=customer")).status).toBe(400);
  });

  it("refuses an unknown or wrongly cased filter with undefined_filter", async () => {
    for (const key of ["status", "Shipping_status", "created_at", "page"]) {
      const reply = await mp.get(`/api/v2/orders?${key}=awaiting`);
      expect(reply.status, key).toBe(400);
      expect(reply.body).toEqual({ error: { code: "undefined_filter", message: `Undefined filter: ${key}.` } });
    }
  });
});
