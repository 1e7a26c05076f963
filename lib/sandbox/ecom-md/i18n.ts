// Accept-Language → the language of the plain `name` / `address` fields (Django's LocaleMiddleware style).
import type { IncomingHttpHeaders } from "node:http";
import { ECOM_ASSUMED, type Language } from "./constants";
import type { Localized } from "./types";

const SUPPORTED = new Set<string>(ECOM_ASSUMED.languages);

/** Picks the best supported language from `Accept-Language` by q-value; ro when none matches [assumed]. */
export function requestLanguage(headers: IncomingHttpHeaders): Language {
  const header = headers["accept-language"];
  if (typeof header !== "string" || header.trim() === "") return "ro";
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { lang: tag.trim().toLowerCase().slice(0, 2), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => SUPPORTED.has(entry.lang) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.lang as Language | undefined) ?? "ro";
}

/** `{prefix}_ro`, `{prefix}_ru`, ... keys of a localized text, plus the plain key in the request's language. */
export function localizedFields(prefix: string, text: Localized, lang: Language): Record<string, string> {
  return {
    [prefix]: text[lang] || text.ro,
    [`${prefix}_ro`]: text.ro,
    [`${prefix}_ru`]: text.ru,
    [`${prefix}_en`]: text.en,
    [`${prefix}_uk`]: text.uk,
  };
}
