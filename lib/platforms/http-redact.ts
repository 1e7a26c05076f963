// Secret redaction for everything the transport lets out: error messages, log lines, timing labels and
// error bodies (platforms echo request headers in their error pages, which adapters turn into messages).
// A secret hides in several spellings: as typed, URL-encoded (in a query or path), and inside a Basic
// header as base64("key:secret") — we compute those for every ordered pair of known secrets. And JSON may
// escape any character of it ("Zx9\/Qw", "\u005a"), so a JSON text is redacted after parsing, string by string,
// and escapes left in a text (one that is not JSON, or JSON quoted inside a string) are decoded to look again.
import "server-only";

export const REDACTED = "[redacted]";

// A value of one or two characters cannot be hidden by replacement and would shred every message.
const MIN_SECRET_LENGTH = 3;

// Request headers whose values are credentials, whatever the platform calls them
// (Authorization, API-Token, token, X-Api-Key, Cookie...).
const SENSITIVE_HEADER = /authorization|token|key|secret|password|cookie|session/i;

export interface Redactor {
  add(secret: string): void;
  /** Registers the values of credential-bearing request headers, with and without their scheme. */
  addHeaders(headers: Iterable<[string, string]>): void;
  redact(text: string): string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

const JSON_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g;
const SIMPLE_ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** The text with its JSON escapes decoded ("\/" → "/", "\u0041" → "A"); other backslashes stay. */
function decodeJsonEscapes(text: string): string {
  if (!text.includes("\\")) return text;
  return text.replace(JSON_ESCAPE, (_, hex: string | undefined, simple: string | undefined) =>
    hex ? String.fromCharCode(Number.parseInt(hex, 16)) : (SIMPLE_ESCAPES[simple!] ?? simple!),
  );
}

/** The parsed JSON when the text is a JSON object, array or string; undefined otherwise. */
function parseJsonText(text: string): unknown {
  const first = text.trimStart()[0];
  if (first !== "{" && first !== "[" && first !== '"') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Applies `redact` to every string in a parsed JSON value, keys included. */
function mapStrings(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, redact));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), mapStrings(item, redact)]));
}

// Escapes inside escapes (JSON quoted in a JSON string, and so on) are undone this many times at most.
const MAX_DECODINGS = 3;

export function createRedactor(initial: readonly string[]): Redactor {
  const secrets: string[] = [];
  const spellings = new Set<string>();
  let pattern: RegExp | null = null;

  const addSpelling = (value: string) => {
    if (value.length < MIN_SECRET_LENGTH || spellings.has(value)) return;
    spellings.add(value);
    pattern = null;
  };

  const add = (secret: string) => {
    const value = secret.trim();
    if (value.length < MIN_SECRET_LENGTH || secrets.includes(value)) return;
    addSpelling(value);
    addSpelling(encodeURIComponent(value));
    // Percent-encoding is case-insensitive: some encoders write %2f.
    addSpelling(encodeURIComponent(value).replace(/%[0-9A-F]{2}/g, (code) => code.toLowerCase()));
    addSpelling(base64(value));
    for (const other of secrets) {
      addSpelling(base64(`${other}:${value}`));
      addSpelling(base64(`${value}:${other}`));
    }
    secrets.push(value);
  };

  const replaceSpellings = (text: string) => {
    // Longest first, so a secret that contains another is replaced whole rather than leaving a tail.
    pattern ??= new RegExp(
      [...spellings]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join("|"),
      "g",
    );
    return text.replace(pattern, REDACTED);
  };

  /** One text: its spellings replaced, then again behind its JSON escapes (the text decoded only if one hid there). */
  const redactText = (text: string) => {
    let out = replaceSpellings(text);
    for (let n = 0; n < MAX_DECODINGS; n++) {
      const decoded = decodeJsonEscapes(out);
      if (decoded === out) break;
      const again = replaceSpellings(decoded);
      if (again === decoded) break;
      out = again;
    }
    return out;
  };

  for (const secret of initial) add(secret);

  return {
    add,
    addHeaders(headers) {
      for (const [name, value] of headers) {
        if (!SENSITIVE_HEADER.test(name)) continue;
        add(value);
        // "Basic abc", "Bearer abc", "Token abc": the part after the scheme is the secret itself.
        const space = value.indexOf(" ");
        if (space > 0) add(value.slice(space + 1));
      }
    },
    redact(text) {
      if (spellings.size === 0 || text.length === 0) return text;
      const parsed = parseJsonText(text);
      if (parsed === undefined) return redactText(text);
      // JSON: the platform's words are its parsed strings. Re-serialized only when something was hidden, so a
      // clean body reaches the adapter byte for byte.
      let changed = false;
      const clean = mapStrings(parsed, (value) => {
        const redacted = redactText(value);
        if (redacted !== value) changed = true;
        return redacted;
      });
      return changed ? JSON.stringify(clean) : text;
    },
  };
}
