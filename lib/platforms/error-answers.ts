// Every platform's error answer (non-2xx) → PlatformError the same way: one table status → kind, Retry-After
// read as the transport reads it (seconds or an HTTP date), and the platform's own words passed on verbatim.
// Each adapter only says where its error bodies keep those words (its WordsReader); an answer without any
// (Django's or nginx's HTML error page) becomes "<Platform> answered 500 Internal Server Error", never the HTML.
import { STATUS_CODES } from "node:http";
import { PlatformError, type PlatformErrorKind } from "./errors";
import type { UpstreamResponse } from "./http";
import { parseRetryAfter } from "./http-retry";

/** What the platform said: its message (empty when it said nothing usable) and its own error code, if any. */
export interface PlatformWords {
  message: string;
  code?: string;
}

/** Finds the platform's words in its JSON error body (whatever JSON.parse gave); null when the body has none. */
export type WordsReader = (body: unknown) => PlatformWords | null;

/** A body may list an error per row of a bulk write: the user sees this much of it at most. */
const MAX_MESSAGE_LENGTH = 500;

export function kindOfStatus(status: number): PlatformErrorKind {
  // 401 bad credentials; 403 a forbidden account (MerchantPro: after repeated bad attempts): the admin's to fix.
  if (status === 401 || status === 403) return "auth";
  if (status === 404) return "not_found";
  if (status === 405) return "unsupported";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "unavailable";
  // 400, 406, 409, 415, 422: the platform refused the request (most often in the order's current state).
  return "refused";
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The wait a 429 asks for, in whole seconds (rounded up). */
function retryAfterSeconds(res: UpstreamResponse): number | undefined {
  if (res.status !== 429) return undefined;
  const ms = parseRetryAfter(res.headers.get("retry-after"));
  return ms === null ? undefined : Math.ceil(ms / 1000);
}

/**
 * The error for a non-2xx answer of the platform `label`. `kind` overrides the status table where a call gives
 * a status its own meaning (a login's 400: wrong credentials).
 */
export function errorFromAnswer(
  res: UpstreamResponse,
  label: string,
  readWords: WordsReader,
  kind: PlatformErrorKind = kindOfStatus(res.status),
): PlatformError {
  const body = parseJson(res.text);
  const words = body === undefined ? null : readWords(body);
  const said = words?.message.trim().slice(0, MAX_MESSAGE_LENGTH);
  const message = said || `${label} answered ${res.status} ${STATUS_CODES[res.status] ?? ""}`.trim();
  const retryAfter = retryAfterSeconds(res);
  return new PlatformError(kind, message, {
    status: res.status,
    ...(words?.code ? { platformCode: words.code } : {}),
    ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
  });
}

export const isSuccess = (res: UpstreamResponse): boolean => res.status >= 200 && res.status < 300;
