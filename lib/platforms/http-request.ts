// Pure pieces of building a request and reading its answer, kept apart from the transport's control flow.
import "server-only";
import type { PlatformError } from "./errors";
import type { UpstreamRequest, UpstreamResponse } from "./http";

export type Answer = { status: number; headers: Headers; text: string };

/** The adapter's view of an answer; `json()` throws `badJson()` rather than a bare SyntaxError. */
export function toResponse(answer: Answer, durationMs: number, badJson: () => PlatformError): UpstreamResponse {
  const { status, headers, text } = answer;
  return {
    status,
    headers,
    text,
    durationMs,
    json() {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw badJson();
      }
    },
  };
}

/**
 * The URL of a request: `path` hangs below the base URL's path, or is an absolute link (a platform's own
 * `next`) that must keep the base URL's origin. Null when it would leave that origin, including
 * "//other.host/..." paths, which a URL resolves as protocol-relative.
 */
export function resolveUrl(base: URL, path: string, query: UpstreamRequest["query"]): URL | null {
  let url: URL;
  try {
    const prefix = base.pathname.replace(/\/+$/, "");
    url = /^[a-z][a-z\d+.-]*:/i.test(path)
      ? new URL(path)
      : new URL(`${prefix}${path.startsWith("/") ? "" : "/"}${path}`, base.origin);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.append(name, String(value));
  }
  return url;
}

/** Where a redirect points, or null when it has no readable Location. */
export function locationOf(headers: Headers, from: URL): URL | null {
  const location = headers.get("location");
  if (!location) return null;
  try {
    return new URL(location, from);
  } catch {
    return null;
  }
}

/** undici's raw header record as a Headers (repeated headers such as set-cookie appended). */
export function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  return headers;
}

/** A connection error in a few words: "connect ECONNREFUSED 10.0.0.1:443", "getaddrinfo ENOTFOUND shop.ro". */
export function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code } = error as NodeJS.ErrnoException;
  // Node's AggregateError (every address of a host failed) has an empty message: take the first one's.
  const message = error.message || (error instanceof AggregateError ? reasonOf(error.errors[0]) : "");
  // OpenSSL's text is its error code and source file ("…:SSL routines:ssl3_get_record:wrong version number:
  // ../deps/openssl/…/ssl3_record.c:350:"): keep its reason. "wrong version number" is most often http on an https URL.
  const tls = /SSL routines:[^:]*:([^:]+):/.exec(message);
  if (tls) return `the secure connection (TLS) failed: ${tls[1]}`;
  return message || code || error.name;
}
