// One error type for everything that goes wrong upstream. `message` is the platform's own words
// (or ours when the platform said nothing usable) and never contains a credential.
export const PLATFORM_ERROR_KINDS = [
  "auth", // the platform refused our credentials (401/403, bad login)
  "not_found", // the order or item does not exist there
  "refused", // the platform refused the action in the order's current state (400/409/422)
  "rate_limited", // 429, after honouring Retry-After as far as the deadline allows
  "timeout", // no answer before the deadline
  "unavailable", // 5xx
  "bad_response", // an answer we cannot read (malformed JSON, unexpected shape)
  "network", // connection refused, DNS failure, blocked by the base-URL guard, redirect refused
  "unsupported", // the platform has no such operation
] as const;
export type PlatformErrorKind = (typeof PLATFORM_ERROR_KINDS)[number];

// The sync worker runs in the instrumentation bundle, the routes in the app bundle: each has its own copy of
// this class, and they share in-flight requests and login tokens (through globalThis). A brand known to every
// copy lets `instanceof` recognise an error thrown by the other copy, which would otherwise reach the user as a 500.
const BRAND = Symbol.for("orderdeck.PlatformError");

export class PlatformError extends Error {
  readonly [BRAND] = true;

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  constructor(
    readonly kind: PlatformErrorKind,
    message: string,
    readonly details: { status?: number; retryAfterSeconds?: number; platformCode?: string } = {},
  ) {
    super(message);
    this.name = "PlatformError";
  }
}

export function isPlatformError(error: unknown): error is PlatformError {
  return error instanceof PlatformError;
}
