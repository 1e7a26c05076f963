// The export reads the order index page by page as the download is read: every order of the filter exactly
// once, in the list's order, with the list's columns; the header row in the requester's language, the values
// the same in every language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "../domain/locale";
import { orderListQuery } from "../domain/query";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import { syncUntilLive } from "../testing/sync-until-live";
import { exportCsv } from "./export";
import { listIndexedOrders } from "./index-list";

let fixture: SandboxConnections;

beforeAll(async () => {
  fixture = await setUpSandboxConnections(120);
  await syncUntilLive(fixture.handle);
}, 120_000);

afterAll(async () => {
  await fixture?.close();
});

async function csvLines(input: Record<string, string>, locale?: Locale): Promise<string[]> {
  const text = await new Response(await exportCsv(fixture.handle.db, orderListQuery.parse(input), { locale })).text();
  return text.trim().split("\r\n");
}

const csv = async (input: Record<string, string>) => (await csvLines(input)).slice(1);

describe("exporting orders", () => {
  it("writes every order of the filter once, in the list's order", async () => {
    const rows = await csv({ sort: "total_desc" });
    // 120 generated orders per platform, plus each platform's seed examples.
    expect(rows.length).toBeGreaterThan(5 * 120);
    const ids = rows.map((row) => row.split(",")[3]);
    const list = await listIndexedOrders(fixture.handle.db, orderListQuery.parse({ sort: "total_desc", limit: "100" }));
    expect(ids.slice(0, 100)).toEqual(list.orders.map((order) => order.id));
    const keys = rows.map((row) => row.split(",").slice(0, 4).join(","));
    expect(new Set(keys).size).toBe(rows.length);

    const shipped = await csv({ stage: "shipped" });
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped.every((row) => row.split(",")[13] === "shipped")).toBe(true);
  }, 60_000);

  it("names the columns in the requester's language and leaves the values as they are", async () => {
    const [english, ...rows] = await csvLines({ stage: "shipped" });
    expect(english).toBe(
      "connection,platform,order_number,order_id,placed_at,customer_name,customer_email,items,total,currency," +
        "payment_status,status,status_code,stage,tracking",
    );
    const [turkish, ...turkishRows] = await csvLines({ stage: "shipped" }, "tr");
    expect(turkish).toBe(
      "Bağlantı,Platform,Sipariş no,Sipariş ID,Sipariş tarihi,Müşteri adı,Müşteri e-postası,Kalem sayısı,Toplam," +
        "Para birimi,Ödeme durumu,Durum,Durum kodu,Aşama,Kargo takip numarası",
    );
    expect(turkishRows).toEqual(rows);
    const [czech] = await csvLines({ stage: "shipped" }, "cs");
    expect(czech).toBe(
      "Připojení,Platforma,Číslo objednávky,ID objednávky,Datum objednávky,Jméno zákazníka,E-mail zákazníka," +
        "Položky,Celkem,Měna,Stav platby,Stav,Kód stavu,Fáze,Sledovací číslo",
    );
  }, 60_000);
});
