// The SSRF check on a connection's base URL: Orderdeck's server calls it with stored credentials, so it must
// not point into the server's own network (unless UPSTREAM_ALLOW_PRIVATE says so, as in the demo and tests).
import "server-only";
import { ApiError } from "../api/errors";
import { env } from "../env";
import { checkBaseUrl } from "../platforms/guard";

/** The URL without trailing slashes, or a 422 naming body.baseUrl. */
export async function assertBaseUrl(url: string): Promise<string> {
  const normalized = url.replace(/\/+$/, "");
  const verdict = await checkBaseUrl(normalized, env().UPSTREAM_ALLOW_PRIVATE);
  if (!verdict.ok)
    throw new ApiError(422, "invalid_input", `body.baseUrl: ${verdict.message}`, {
      issues: [{ path: "body.baseUrl", message: verdict.message }],
    });
  return normalized;
}
