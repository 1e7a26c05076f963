// Secret redaction for everything the transport lets out: error messages, log lines, timing labels and
// error bodies (platforms echo request headers in their error pages, which adapters turn into messages).
// A secret hides in several spellings: as typed, URL-encoded (in a query or path), and inside a Basic
// header as base64("key:secret") — we compute those for every ordered pair of known secrets.
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
    addSpelling(base64(value));
    for (const other of secrets) {
      addSpelling(base64(`${other}:${value}`));
      addSpelling(base64(`${value}:${other}`));
    }
    secrets.push(value);
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
      // Longest first, so a secret that contains another is replaced whole rather than leaving a tail.
      pattern ??= new RegExp(
        [...spellings]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join("|"),
        "g",
      );
      return text.replace(pattern, REDACTED);
    },
  };
}
