// What the English-literal check (literals.test.ts) lets stay in components/ and app/ as written, each with why.
// A text is allowed when it equals an entry's `text` or matches its `pattern` (the whole text, whitespace
// collapsed); `file` narrows an entry to one file. Keep entries narrow: a sentence around a name is still English.
// Symbols need no entry ("—", "·", "/", "×", "→", "{count} / {total}"): a text without letters is never a finding.

interface Allowed {
  text?: string;
  pattern?: RegExp;
  file?: string;
  reason: string;
}

const PRODUCT = "Orderdeck is the product's name, the same in every language";
const PLATFORM = "a platform's own product name, shown as the platform writes it";

export const ALLOWED: readonly Allowed[] = [
  { text: "Orderdeck", reason: PRODUCT },
  {
    text: "%s · Orderdeck",
    reason: "the page title's template: the page's own (translated) title, then the product name",
  },
  { text: "ECOM.md", reason: PLATFORM },
  { text: "MerchantPro", reason: PLATFORM },
  { text: "Retailys", reason: PLATFORM },
  { text: "Akinon", reason: PLATFORM },
  { text: "Akinon Seller Center", reason: PLATFORM },
  { text: "Seller Center", reason: PLATFORM },
  { text: "Akinon Omnitron", reason: PLATFORM },
  { text: "Omnitron", reason: PLATFORM },
  {
    pattern: /^(English|Română|Русский|Čeština|Türkçe)$/,
    reason: "a language's name in that language (the language menu shows each so its speakers find it)",
  },
  { pattern: /^\p{L}$/u, reason: "a single letter: an initial (avatar), a unit or a keyboard key, not a word" },
  {
    pattern: /^(ERP|CSV|SKU|AWB|API|URL|JSON|ID|IANA|UTC|ISO|HTTP|HTTPS|SSE)$/,
    reason: "an abbreviation written the same in every language",
  },
  {
    pattern: /^[a-z0-9]+([-_.:/@][a-z0-9]+)+$/,
    reason: "code-like: a key, an id, a path or a file name (orders-table, add-note, sm:hidden), not a word",
  },
  {
    pattern: /^[A-Z][a-z]+(-[A-Z][a-z]+)+$/,
    reason: "code-like: an HTTP header's name (Content-Disposition, X-Export-Limit)",
  },
  { pattern: /^(GET|POST|PUT|PATCH|DELETE) \/\S*$/, reason: "code-like: a route of the API contract" },
  { pattern: /^https?:\/\/\S+$/, reason: "an address: an example URL a placeholder shows" },
  {
    file: "components/layout/nav-items.ts",
    pattern: /^(overview|orders|connections|users|audit)$/,
    reason: "keys of the `nav` catalogue namespace: the sidebar shows t(`nav.<label>`)",
  },
  {
    file: "components/profile/api-usage-note.tsx",
    pattern: /^curl /,
    reason: "a shell command to copy, the same in every language",
  },
  { pattern: /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/, reason: "an example email address a placeholder shows" },
];

/** Whether `text` (whitespace collapsed) found in `file` (relative, forward slashes) may stay as written. */
export function isAllowed(text: string, file: string): boolean {
  return ALLOWED.some(
    (entry) =>
      (entry.file === undefined || entry.file === file) && (entry.text === text || entry.pattern?.test(text) === true),
  );
}
