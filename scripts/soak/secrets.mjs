// The secrets of a soak run (platform credentials and login tokens, session cookies, API tokens, passwords) and
// where any of them turned up: a response body, a server log line, an audit entry. Every text is scanned as it is
// seen; a secret is known before it could leak (a login token is noted as the tap passes it to Orderdeck).

/** Secrets sharing their first characters (session cookies: the same JWE header) are looked for together. */
const PREFIX = 16;
const MAX_FINDINGS = 20;

export class Secrets {
  /** prefix → (secret → kind) */
  #byPrefix = new Map();
  #count = 0;
  findings = [];
  foundTotal = 0;

  /** Notes a secret; one seen before keeps the kind it was first noted as (a login token, then its header). */
  add(value, kind) {
    const prefix = value.slice(0, PREFIX);
    if (!this.#byPrefix.has(prefix)) this.#byPrefix.set(prefix, new Map());
    const group = this.#byPrefix.get(prefix);
    if (group.has(value)) return;
    this.#count++;
    group.set(value, kind);
  }

  get size() {
    return this.#count;
  }

  /** Kinds of secret, with how many of each are known. */
  kinds() {
    const counts = new Map();
    for (const group of this.#byPrefix.values())
      for (const kind of group.values()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    return counts;
  }

  /** Notes each secret found in `text`, saying `where` (e.g. "GET /api/orders"). */
  scan(text, where) {
    if (!text) return;
    for (const [prefix, group] of this.#byPrefix) {
      if (!text.includes(prefix)) continue;
      for (const [secret, kind] of group) {
        const at = text.indexOf(secret);
        if (at < 0) continue;
        this.foundTotal++;
        if (this.findings.length < MAX_FINDINGS)
          this.findings.push({ where, kind, excerpt: excerpt(text, at, secret, kind) });
      }
    }
  }

  /** `text` with every known secret replaced by its kind, fit to print. */
  redact(text) {
    let out = text;
    for (const group of this.#byPrefix.values())
      for (const [secret, kind] of group) out = out.replaceAll(secret, `<${kind}>`);
    return out;
  }
}

/** The text around the secret, with the secret itself replaced by its kind (the report must not leak it either). */
function excerpt(text, at, secret, kind) {
  const before = text.slice(Math.max(0, at - 60), at);
  const after = text.slice(at + secret.length, at + secret.length + 60);
  return `${before}<${kind}>${after}`.replace(/\s+/g, " ");
}
