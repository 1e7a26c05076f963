// What the server's services (lib/orders, lib/sync, lib/users) throw when a request cannot be done, in the
// domain's words: lib/api/errors.ts gives each kind its HTTP status in one place, so no service speaks HTTP.
// A platform's own refusal or failure is a PlatformError (lib/platforms/errors.ts), mapped in the same place.
import type { FieldIssue } from "./api-error";

export type DomainErrorKind = "not_found" | "conflict" | "invalid_input" | "forbidden" | "rate_limited";

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;

  /**
   * `code` is the stable name callers may branch on (e.g. "in_progress"); `message` is for people (in English);
   * `details` are the values in it (e.g. `{ email }`), sent along so the interface can say it in its language.
   */
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** What the caller named does not exist, or is not theirs to see. */
export class NotFoundError extends DomainError {
  readonly kind = "not_found";

  constructor(what: string) {
    super("not_found", `${what} was not found.`);
  }
}

/** The request clashes with the current state: a name already taken, a job already running. */
export class ConflictError extends DomainError {
  readonly kind = "conflict";

  constructor(message: string, code = "conflict", details?: Record<string, string | number>) {
    super(code, message, details);
  }
}

/** The caller's input cannot be used; each issue names a bad field by its place in the request (`body.baseUrl`). */
export class InvalidInputError extends DomainError {
  readonly kind = "invalid_input";

  constructor(
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    code = "invalid_input",
    details?: Record<string, string | number>,
  ) {
    super(code, message, details);
  }

  /** Bad fields, the message led by the first: `body.baseUrl: not a public address`. */
  static of(issues: readonly FieldIssue[]): InvalidInputError {
    const first = issues[0];
    return new InvalidInputError(first ? `${first.path}: ${first.message}` : "Invalid input.", issues);
  }
}

/** The caller may use the feature but not on this (e.g. share a view with everyone without being an admin). */
export class ForbiddenError extends DomainError {
  readonly kind = "forbidden";

  constructor(message: string, code = "forbidden") {
    super(code, message);
  }
}

/** Too many tries in a row (e.g. wrong current passwords): the caller may try again after `retryAfterSeconds`. */
export class TooManyAttemptsError extends DomainError {
  readonly kind = "rate_limited";

  constructor(readonly retryAfterSeconds: number) {
    super("too_many_attempts", `Too many attempts, try again in ${retryAfterSeconds} s.`);
  }
}
