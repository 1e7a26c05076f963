// Omnitron's error answers: Django REST Framework's shapes (drf-errors.ts), bulk updates nesting their
// messages per row under `orderitem_set`; a bad login answers 400 non_field_errors.
import { type DrfDialect, drfErrorFrom } from "../drf-errors";
import type { PlatformError } from "../errors";
import type { UpstreamResponse } from "../http";

const OMNITRON: DrfDialect = {
  label: "Akinon Omnitron",
  containers: new Set(["non_field_errors", "detail", "orderitem_set", "errors"]),
  skipped: new Set(),
  loginAuthStatuses: [400],
};

/** The error for a non-2xx answer; `login` marks the login call, where 400 means wrong credentials. */
export function errorFrom(res: UpstreamResponse, options: { login?: boolean } = {}): PlatformError {
  return drfErrorFrom(res, OMNITRON, options.login);
}
