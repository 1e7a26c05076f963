// The interface languages, shared by server and browser: which there are, their names in their own language
// (the profile's select shows them so), and the best of them for a browser's Accept-Language.
import { z } from "zod";

export const LOCALES = ["en", "ro", "ru", "cs", "tr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language as its speakers name it: someone who cannot read the current language still finds their own. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ro: "Română",
  ru: "Русский",
  cs: "Čeština",
  tr: "Türkçe",
};

export const localeSchema = z.enum(LOCALES);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best of LOCALES for an Accept-Language header (RFC 9110: comma-separated ranges with optional q weights),
 * or null when none fits. A range matches on its primary subtag ("cs-CZ" → cs, "ro-MD" → ro); "*" matches nothing
 * (English is the caller's fallback anyway); q=0 means "not this one".
 */
export function matchAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", weight, index };
    })
    .filter((range) => Number.isFinite(range.weight) && range.weight > 0)
    // Stable by position among equal weights: the browser lists its preferences in order.
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const range of ranges) {
    if (isLocale(range.primary)) return range.primary;
  }
  return null;
}

/**
 * The language to answer in: the user's own choice (their profile), else the best match for the browser's
 * Accept-Language, else English. Pages resolve theirs so (lib/i18n/resolve.ts); so does a route handler that
 * writes words of its own (the CSV export), for the authenticated caller, an API token's owner included.
 */
export function preferredLocale(chosen: Locale | null, acceptLanguage: string | null | undefined): Locale {
  return chosen ?? matchAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

/** PUT /api/me/locale: the interface language the caller chooses; null follows the browser again. */
export const localeInput = z.object({ locale: localeSchema.nullable() });
export type LocaleInput = z.infer<typeof localeInput>;
