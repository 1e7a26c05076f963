// The order list's messages that compose English from pieces (plurals, selects, numbers) render it exactly as the
// list did before it was translated (end-to-end tests find elements by these texts).
import { createTranslator } from "use-intl/core";
import { describe, expect, test } from "vitest";
import en from "@/messages/en.json";

const t = createTranslator({ locale: "en", messages: en });

describe("the order list's English", () => {
  test("pagination", () => {
    expect(t("dataTable.page", { page: 2, rows: 0 })).toBe("Page 2");
    expect(t("dataTable.page", { page: 2, rows: 25 })).toBe("Page 2 · 25 orders");
    expect(t("dataTable.laterPage", { rows: 0 })).toBe("Later page");
  });

  test("export and sync counts", () => {
    expect(t("export.exported", { count: 12345 })).toBe("Exported 12,345 orders");
    expect(t("export.exporting", { count: 1234 })).toBe("Exporting… 1,234 rows");
    expect(t("sync.importingOf", { name: "Shop", imported: 1200, total: 5000 })).toBe(
      "Shop: importing 1,200 of 5,000 orders",
    );
    expect(t("sync.unreadableTitle", { count: 1 })).toBe(
      "1 order could not be read and is not listed; the other orders of its shop are.",
    );
    expect(t("sync.unreadableTitle", { count: 3 })).toBe(
      "3 orders could not be read and are not listed; the other orders of their shops are.",
    );
  });

  test("a shop's sync line", () => {
    const line = (read: string, failed: string) =>
      t.rich("sync.shopLine", { name: "Shop", read, ago: "5 minutes ago", failed, shop: (chunks) => chunks });
    expect(line("yes", "yes")).toBe("Shop: read 5 minutes ago — last attempt failed");
    expect(line("no", "no")).toBe("Shop: not read yet");
  });
});
