// GET /api/orders/export called as Next.js calls it: the header row is in the caller's language — their
// profile's choice, else their browser's Accept-Language, else English — for an API token's owner too.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportOrders } from "@/app/api/orders/export/route";
import { type RouteFixture, setUpRouteFixture, TEST_ORIGIN } from "../testing/route-fixture";
import { setUserLocale } from "../users/locale";

let fixture: RouteFixture;
beforeAll(async () => {
  fixture = await setUpRouteFixture();
});
afterAll(async () => {
  await fixture?.close();
});

async function headerRow(token: string, acceptLanguage?: string): Promise<string> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (acceptLanguage) headers["accept-language"] = acceptLanguage;
  const request = new NextRequest(new URL("/api/orders/export", TEST_ORIGIN), { headers });
  const response = await exportOrders(request, { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  return (await response.text()).split("\r\n")[0] ?? "";
}

describe("the CSV export's language", () => {
  it("follows the caller's profile, then their browser, then English", async () => {
    const { db } = fixture.handle;
    const manager = fixture.tokens.manager;
    expect(await headerRow(manager)).toMatch(/^connection,platform,order_number,order_id,placed_at,/);
    expect(await headerRow(manager, "tr-TR,tr;q=0.9")).toMatch(/^Bağlantı,Platform,Sipariş no,Sipariş ID,/);
    await setUserLocale(db, fixture.userIds.manager, "cs");
    try {
      // The profile's choice wins over the browser's.
      expect(await headerRow(manager, "tr-TR,tr;q=0.9")).toBe(
        "Připojení,Platforma,Číslo objednávky,ID objednávky,Datum objednávky,Jméno zákazníka,E-mail zákazníka," +
          "Položky,Celkem,Měna,Stav platby,Stav,Kód stavu,Fáze,Sledovací číslo",
      );
    } finally {
      await setUserLocale(db, fixture.userIds.manager, null);
    }
  });
});
