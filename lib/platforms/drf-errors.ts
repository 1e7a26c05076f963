// Where Django REST Framework error answers keep the platform's words (both Akinon products and ECOM.md speak
// it): `{detail}`, `{non_field_errors: [..], code}` or `{field: [..]}` (nested per row for bulk updates). The
// status → kind table and the fallback for Django's HTML pages are every platform's (error-answers.ts).
import type { PlatformError } from "./errors";
import { errorFromAnswer, type WordsReader } from "./error-answers";
import type { UpstreamResponse } from "./http";

/** What differs between the products' answers. */
export interface DrfDialect {
  label: string;
  /** Keys that group messages rather than name a field the user would recognise. */
  containers: ReadonlySet<string>;
  /** Keys whose content is not a message for people. */
  skipped: ReadonlySet<string>;
  /** Statuses of the login call that mean wrong or missing credentials (none where there is no login). */
  loginAuthStatuses: readonly number[];
}

/** Every message in the body, each with the field it is about ("invoice_number: This field is required."). */
function messagesOf(body: unknown, field: string | null, dialect: DrfDialect, out: string[]): void {
  if (typeof body === "string") {
    const text = body.trim();
    const line = field ? `${field}: ${text}` : text;
    if (text && !out.includes(line)) out.push(line);
  } else if (Array.isArray(body)) {
    for (const entry of body) messagesOf(entry, field, dialect, out);
  } else if (typeof body === "object" && body !== null) {
    for (const [key, value] of Object.entries(body)) {
      if (key === "code" || dialect.skipped.has(key)) continue;
      messagesOf(value, dialect.containers.has(key) ? field : key, dialect, out);
    }
  }
}

function codeOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const code = (body as Record<string, unknown>).code;
  return typeof code === "string" ? code : undefined;
}

export function drfWords(dialect: DrfDialect): WordsReader {
  return (body) => {
    const messages: string[] = [];
    messagesOf(body, null, dialect, messages);
    const code = codeOf(body);
    return { message: messages.join(" "), ...(code ? { code } : {}) };
  };
}

/** The error for a non-2xx answer; `login` marks the login call, where some statuses mean bad credentials. */
export function drfErrorFrom(res: UpstreamResponse, dialect: DrfDialect, login = false): PlatformError {
  const badLogin = login && dialect.loginAuthStatuses.includes(res.status);
  return errorFromAnswer(res, dialect.label, drfWords(dialect), badLogin ? "auth" : undefined);
}
