// The formatters write dates, numbers and money in the locale they are given (the interface's language).
import { describe, expect, it } from "vitest";
import { formatCount, formatPercent } from "@/components/overview/format";
import { formatDate, formatRelative } from "./format";
import { formatMoney } from "./order-format";

// Intl puts a narrow no-break space (U+202F) or no-break space (U+00A0) in some locales' groups and units.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatting in the interface's locale", () => {
  it("money", () => {
    expect(plain(formatMoney({ amount: "1234.50", currency: "CZK" }, "cs"))).toBe("1 234,50 Kč");
    expect(plain(formatMoney({ amount: "3999.60", currency: "TRY" }, "tr"))).toBe("₺3.999,60");
    expect(plain(formatMoney({ amount: "21297.00", currency: "MDL" }, "ru"))).toBe("21 297,00 MDL");
    expect(plain(formatMoney({ amount: "1299.90", currency: "RON" }, "ro"))).toBe("1.299,90 RON");
    expect(plain(formatMoney({ amount: "1299.90", currency: "RON" }, "en"))).toBe("RON 1,299.90");
  });

  it("numbers and dates", () => {
    expect(plain(formatCount(12345, "cs"))).toBe("12 345");
    expect(plain(formatPercent(0.125, "tr"))).toBe("%12,5");
    expect(formatDate("2026-11-24T12:00:00Z", "ru")).toMatch(/24 нояб\.? 2026/);
  });

  it("relative times", () => {
    const now = Date.parse("2026-11-24T12:05:00Z");
    expect(formatRelative("2026-11-24T12:00:00Z", now, "en")).toBe("5 minutes ago");
    expect(formatRelative("2026-11-24T12:00:00Z", now, "cs")).toBe("před 5 minutami");
    expect(formatRelative("2026-11-24T12:00:00Z", now, "tr")).toBe("5 dakika önce");
    expect(formatRelative("2026-11-24T12:00:00Z", now, "ru")).toBe("5 минут назад");
  });
});
