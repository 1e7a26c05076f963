// Every API route × {anonymous, manager, fulfillment, admin} → the expected status, called through the real
// route handlers against a real (PGlite) database. A route file or method missing from the table fails the test.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, type RouteFixture, setUpRouteFixture } from "@/lib/testing/route-fixture";
import { type Caller, ROUTE_TABLE } from "@/lib/testing/route-table";

const API_DIR = path.join(process.cwd(), "app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(): string[] {
  return readdirSync(API_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("route.ts"))
    .map((file) => `app/api/${file.split(path.sep).join("/")}`)
    .sort();
}

let fixture: RouteFixture;
beforeAll(async () => {
  fixture = await setUpRouteFixture();
});
afterAll(async () => {
  await fixture?.close();
});

describe("the route table", () => {
  it("lists every route file and every method it exports", async () => {
    const listed = new Set(ROUTE_TABLE.map((row) => `${row.file} ${row.method}`));
    const exported: string[] = [];
    for (const file of routeFiles()) {
      const module = (await import(path.join(process.cwd(), file))) as Record<string, unknown>;
      for (const method of METHODS) if (typeof module[method] === "function") exported.push(`${file} ${method}`);
    }
    expect(
      exported.filter((entry) => !listed.has(entry)),
      "routes missing from ROUTE_TABLE",
    ).toEqual([]);
    expect(
      [...listed].filter((entry) => !exported.includes(entry)),
      "ROUTE_TABLE rows without a route",
    ).toEqual([]);
  });

  const callers: Caller[] = ["anonymous", "manager", "fulfillment", "admin"];
  for (const row of ROUTE_TABLE.filter((entry) => !entry.httpOnly)) {
    for (const caller of callers) {
      it(`${row.method} ${row.path} as ${caller} → ${row.expect[caller]}`, async () => {
        const response = await callRoute(fixture, row, caller);
        if (row.stream && response.ok) {
          await response.body?.cancel();
          expect(response.status).toBe(row.expect[caller]);
          return;
        }
        expect(response.status, await response.clone().text()).toBe(row.expect[caller]);
        if (response.status >= 400 && row.file !== "app/api/auth/[...nextauth]/route.ts") {
          const body = (await response.json()) as { error?: { code?: string; message?: string } };
          expect(body.error?.code).toBeTypeOf("string");
          expect(body.error?.message).toBeTypeOf("string");
        }
      });
    }
  }
});
