// The catalogues in messages/ hold the same keys in every language, every message parses as ICU, and each
// translation uses the placeholders English does, with the plural forms its language has (Russian and Czech:
// one/few/many/other, Romanian: one/few/other, Turkish: one/other).
import { readFileSync } from "node:fs";
import {
  isLiteralElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
  parse,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../domain/locale";

type Catalogue = { [key: string]: string | Catalogue };

function load(locale: Locale): Catalogue {
  return JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8")) as Catalogue;
}

/** Every message's dotted key and text. */
function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

interface Shape {
  /** Argument names ({name}, {count, plural, …}), and tags (<b>…</b>). */
  arguments: Set<string>;
  /** Each plural argument's categories ("=0" exact matches left out). */
  plurals: { name: string; categories: string[] }[];
}

function shapeOf(elements: MessageFormatElement[], shape: Shape = { arguments: new Set(), plurals: [] }): Shape {
  for (const element of elements) {
    // Every element but a literal and # names an argument (or a tag) in its value.
    if (!isLiteralElement(element) && "value" in element && typeof element.value === "string") {
      shape.arguments.add(element.value);
    }
    if (isPluralElement(element)) {
      shape.plurals.push({
        name: element.value,
        categories: Object.keys(element.options).filter((k) => !k.startsWith("=")),
      });
    }
    if (isPluralElement(element) || isSelectElement(element)) {
      for (const option of Object.values(element.options)) shapeOf(option.value, shape);
    }
    if (isTagElement(element)) shapeOf(element.children, shape);
  }
  return shape;
}

const catalogues = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(load(locale))])) as Record<
  Locale,
  Map<string, string>
>;
const english = catalogues.en;

describe("message catalogues", () => {
  it("English has messages", () => {
    expect(english.size).toBeGreaterThan(10);
  });

  for (const locale of LOCALES) {
    const messages = catalogues[locale];

    it(`${locale}: has every key English has, and none English lacks`, () => {
      const missing = [...english.keys()].filter((key) => !messages.has(key));
      const extra = [...messages.keys()].filter((key) => !english.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${locale}: every message parses as ICU, with English's placeholders and the language's plural forms`, () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.map(String).sort();
      const problems: string[] = [];
      for (const [key, text] of messages) {
        let shape: Shape;
        try {
          shape = shapeOf(parse(text));
        } catch (error) {
          problems.push(`${key}: does not parse (${(error as Error).message})`);
          continue;
        }
        const englishText = english.get(key);
        if (englishText === undefined) continue;
        const expected = [...shapeOf(parse(englishText)).arguments].sort();
        const actual = [...shape.arguments].sort();
        if (expected.join() !== actual.join()) {
          problems.push(
            `${key}: placeholders ${actual.join(", ") || "none"}, English has ${expected.join(", ") || "none"}`,
          );
        }
        for (const plural of shape.plurals) {
          const used = [...plural.categories].sort();
          if (used.join() !== categories.join()) {
            problems.push(
              `${key}: plural {${plural.name}} has ${used.join("/")}, ${locale} needs ${categories.join("/")}`,
            );
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
