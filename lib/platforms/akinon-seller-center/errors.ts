// Seller Center's error answers: Django REST Framework's shapes (drf-errors.ts); token/obtain/ answers 400
// or 401 for missing or wrong credentials.
import { type DrfDialect, drfErrorFrom } from "../drf-errors";
import type { PlatformError } from "../errors";
import type { UpstreamResponse } from "../http";

const SELLER_CENTER: DrfDialect = {
  label: "Akinon Seller Center",
  containers: new Set(["non_field_errors", "detail", "errors", "message"]),
  // simplejwt's 401 lists per-token-class details under `messages`; its `detail` already says it.
  skipped: new Set(["messages", "token_class", "token_type"]),
  loginAuthStatuses: [400, 401],
};

/** The error for a non-2xx answer; `login` marks token/obtain/, where a 400 means missing credentials. */
export function errorFrom(res: UpstreamResponse, options: { login?: boolean } = {}): PlatformError {
  return drfErrorFrom(res, SELLER_CENTER, options.login);
}
