// The SSRF check on a connection's base URL: Orderdeck's server calls it with stored credentials, so it must
// not point into the server's own network (unless UPSTREAM_ALLOW_PRIVATE says so, as in the demo and tests).
import "server-only";
import { InvalidInputError } from "../domain/errors";
import { env } from "../env";
import { checkBaseUrl } from "../platforms/guard";

/** The URL without trailing slashes, or an InvalidInputError naming body.baseUrl. */
export async function assertBaseUrl(url: string): Promise<string> {
  const normalized = url.replace(/\/+$/, "");
  const verdict = await checkBaseUrl(normalized, env().UPSTREAM_ALLOW_PRIVATE);
  if (!verdict.ok) throw InvalidInputError.of([{ path: "body.baseUrl", message: verdict.message }]);
  return normalized;
}
