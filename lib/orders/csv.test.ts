import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Order } from "../domain/order";
import { csvHeader, csvRow, EXPORT_COLUMNS } from "./csv";

const order = {
  connectionId: "c1",
  platform: "merchantpro",
  id: "12345001",
  number: "12345001",
  placedAt: "2020-03-25T05:42:28.000Z",
  status: { code: "awaiting", label: 'Comanda "in asteptare"', stage: "pending" },
  payment: { status: { code: "awaiting", label: "Plata in asteptare" }, method: null, paid: null, reference: null },
  customer: { name: '=HYPERLINK("http://evil")', email: "john@example.com", phone: null },
  lineCount: 2,
  totals: {
    subtotal: null,
    shipping: null,
    discount: { amount: "-5.00", currency: "RON" },
    tax: null,
    total: { amount: "453.05", currency: "RON" },
  },
  shipping: {
    method: null,
    carrier: null,
    tracking: [
      { number: "AWB1", carrier: null, url: null },
      { number: "AWB2", carrier: null, url: null },
    ],
  },
} as unknown as Omit<Order, "raw">;

describe("order CSV", () => {
  it("keeps money exact with the currency in its own column, quotes and defuses formulas", () => {
    expect(csvHeader()).toBe(`${EXPORT_COLUMNS.join(",")}\r\n`);
    expect(csvHeader((column) => (column === "total" ? "Total, RON" : column)).split(",")[8]).toBe('"Total');
    const cells = csvRow(order, "Shop, Bucharest").trimEnd();
    expect(cells).toBe(
      [
        '"Shop, Bucharest"',
        "merchantpro",
        "12345001",
        "12345001",
        "2020-03-25T05:42:28.000Z",
        `"'=HYPERLINK(""http://evil"")"`,
        "john@example.com",
        "2",
        "453.05",
        "RON",
        "Plata in asteptare",
        '"Comanda ""in asteptare"""',
        "awaiting",
        "pending",
        "AWB1 AWB2",
      ].join(","),
    );
  });
});

describe("the header row's catalogue", () => {
  it("names every column, English by the column's own name (as the export always wrote it)", () => {
    const en = JSON.parse(readFileSync(new URL("../../messages/en.json", import.meta.url), "utf8")) as {
      csvExport: Record<string, string>;
    };
    expect(en.csvExport).toEqual(Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, column])));
  });
});
