// A language's catalogue with English under it: a key the translation lacks shows English (and, in development,
// is reported once) rather than the key's name. catalogues.test.ts keeps them complete, so this is the safety net.
import "server-only";
import type { Locale } from "../domain/locale";
import en from "../../messages/en.json";

export type Messages = typeof en;
type Tree = { [key: string]: string | Tree };

const loaders: Record<Locale, () => Promise<{ default: unknown }>> = {
  en: async () => ({ default: en }),
  ro: () => import("../../messages/ro.json"),
  ru: () => import("../../messages/ru.json"),
  cs: () => import("../../messages/cs.json"),
  tr: () => import("../../messages/tr.json"),
};

/** `base` with `over`'s messages in place of its own; the dotted keys `over` lacks go into `missing`. */
export function withFallback(base: Tree, over: Tree, missing: string[] = [], prefix = ""): Tree {
  const out: Tree = {};
  for (const [key, value] of Object.entries(base)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const own = over[key];
    if (typeof value === "string") {
      if (typeof own === "string") out[key] = own;
      else {
        out[key] = value;
        missing.push(path);
      }
    } else {
      out[key] = withFallback(value, typeof own === "object" ? own : {}, missing, path);
    }
  }
  return out;
}

const reported = new Set<Locale>();

export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === "en") return en;
  const own = (await loaders[locale]()).default as Tree;
  const missing: string[] = [];
  const merged = withFallback(en as Tree, own, missing);
  if (missing.length > 0 && process.env.NODE_ENV === "development" && !reported.has(locale)) {
    reported.add(locale);
    console.warn(
      `[i18n] messages/${locale}.json lacks ${missing.length} key(s), shown in English: ${missing.join(", ")}`,
    );
  }
  return merged as Messages;
}
