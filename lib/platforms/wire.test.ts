import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lenient, money, toIsoUtc, wireAmount, wireAmountLoose, wireId, wireMoney, wireRefId } from "./wire";

describe("wire helpers", () => {
  it("keeps amounts exact as decimal strings", () => {
    expect(wireAmount.parse(30.23)).toBe("30.23");
    expect(wireAmount.parse(526.55)).toBe("526.55");
    expect(wireAmount.parse("629.00")).toBe("629.00");
    expect(wireAmount.parse(15)).toBe("15");
    expect(wireAmount.parse(1e-7)).toBe("0.0000001");
    expect(wireAmount.safeParse("12,50").success).toBe(false);
    expect(money("30.2", "ron")).toEqual({ amount: "30.20", currency: "RON" });
  });

  it("normalizes ids and dates", () => {
    expect(wireId.parse(12345001)).toBe("12345001");
    expect(wireId.parse("e819386c")).toBe("e819386c");
    expect(toIsoUtc("2020-03-26T15:47:08+02:00")).toBe("2020-03-26T13:47:08.000Z");
    expect(toIsoUtc(1741710342)).toBe("2025-03-11T16:25:42.000Z");
    expect(toIsoUtc("not a date")).toBeNull();
  });

  it("reads a time without an offset in the given zone, never in the server's", () => {
    // Chișinău is UTC+2 in winter and UTC+3 in summer.
    expect(toIsoUtc("2024-01-15 10:00:00", "Europe/Chisinau")).toBe("2024-01-15T08:00:00.000Z");
    expect(toIsoUtc("2024-07-15T10:00:00", "Europe/Chisinau")).toBe("2024-07-15T07:00:00.000Z");
    expect(toIsoUtc("2024-07-15T10:00:00.123456", "Europe/Prague")).toBe("2024-07-15T08:00:00.123Z");
    expect(toIsoUtc("2024-07-15", "Europe/Istanbul")).toBe("2024-07-14T21:00:00.000Z");
    expect(toIsoUtc("2024-07-15 10:00:00")).toBe("2024-07-15T10:00:00.000Z");
    // An offset wins over the zone.
    expect(toIsoUtc("2024-07-15 10:00:00+02:00", "Europe/Istanbul")).toBe("2024-07-15T08:00:00.000Z");
    expect(toIsoUtc("2024-07-15T10:00:00Z", "Europe/Istanbul")).toBe("2024-07-15T10:00:00.000Z");
  });

  it("reads references and money in every plausible shape", () => {
    expect(wireRefId.parse(5001)).toBe("5001");
    expect(wireRefId.parse({ id: 5001, apiLink: "/System/Articles/5001" })).toBe("5001");
    expect(wireRefId.parse({ id: "A-1", code: "SKU-1", name: "Mug" })).toBe("A-1");
    expect(wireAmountLoose.parse(12.5)).toBe("12.5");
    expect(wireAmountLoose.parse("12.50")).toBe("12.50");
    expect(wireMoney.parse({ basePrice: 10, finalPrice: 12.1, vat: 21, vatValue: 2.1, currency: "czk" })).toEqual({
      amount: "12.1",
      currency: "CZK",
    });
    expect(wireMoney.parse({ amount: "99.90", currency: "RON" })).toEqual({ amount: "99.90", currency: "RON" });
    expect(wireMoney.safeParse({ note: "free" }).success).toBe(false);
  });

  it("turns a non-essential field of an unreadable shape into null", () => {
    const schema = z.object({ id: wireId, note: lenient(z.string()) });
    expect(schema.parse({ id: 1, note: { text: "hi" } })).toEqual({ id: "1", note: null });
    expect(schema.parse({ id: 1 }).note ?? null).toBeNull();
    expect(schema.safeParse({ note: "hi" }).success).toBe(false);
  });
});
