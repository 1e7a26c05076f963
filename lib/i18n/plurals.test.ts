// The plural messages read right for 1, 2, 5, 21 and 1,000 in each language (through next-intl's own formatter).
import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type en from "../../messages/en.json";
import type { Locale } from "../domain/locale";

const messages = (locale: Locale) =>
  JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8")) as typeof en;
const pill = (locale: Locale) => {
  const t = createTranslator({ locale, messages: messages(locale), namespace: "orders" });
  return (count: number) => t("newOrdersShow", { count }).replace(/[\u00a0\u202f]/g, " ");
};

describe("plural forms of '… new orders — show'", () => {
  it.each([
    [
      "en",
      [
        "1 new order — show",
        "2 new orders — show",
        "5 new orders — show",
        "21 new orders — show",
        "1,000 new orders — show",
      ],
    ],
    [
      "ru",
      [
        "1 новый заказ — показать",
        "2 новых заказа — показать",
        "5 новых заказов — показать",
        "21 новый заказ — показать",
        "1 000 новых заказов — показать",
      ],
    ],
    [
      "cs",
      [
        "1 nová objednávka — zobrazit",
        "2 nové objednávky — zobrazit",
        "5 nových objednávek — zobrazit",
        "21 nových objednávek — zobrazit",
        "1 000 nových objednávek — zobrazit",
      ],
    ],
    [
      "ro",
      [
        "1 comandă nouă — afișează",
        "2 comenzi noi — afișează",
        "5 comenzi noi — afișează",
        "21 de comenzi noi — afișează",
        "1.000 de comenzi noi — afișează",
      ],
    ],
    [
      "tr",
      [
        "1 yeni sipariş — göster",
        "2 yeni sipariş — göster",
        "5 yeni sipariş — göster",
        "21 yeni sipariş — göster",
        "1.000 yeni sipariş — göster",
      ],
    ],
  ] as const)("%s", (locale, expected) => {
    expect([1, 2, 5, 21, 1000].map(pill(locale))).toEqual(expected);
  });
});
