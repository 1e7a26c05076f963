// HTTP Basic with the API key and secret [vendor]: bad credentials → 401, repeated bad attempts → 403.
import type { IncomingHttpHeaders } from "node:http";
import type { SandboxResponse } from "../core/types";
import { CREDENTIALS } from "./credentials";
import { LOCKOUT_MAX_FAILURES, LOCKOUT_WINDOW_MS } from "./constants";
import { mpError } from "./errors";

const { apiKey, apiSecret } = CREDENTIALS;
const CHALLENGE = { "www-authenticate": 'Basic realm="MerchantPro API"' };

function decodeBasic(header: string | undefined): { key: string; secret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!match) return null;
  const decoded = Buffer.from(match[1] ?? "", "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return null;
  return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** [assumed] the lockout is per client address; behind the sandbox every caller is "local" unless it sends X-Forwarded-For. */
function clientKey(headers: IncomingHttpHeaders): string {
  const forwarded = headers["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || "local";
}

export class BasicAuth {
  private failures = new Map<string, number[]>();

  constructor(private readonly clock: () => number) {}

  /** Returns null when the request may proceed, else the 401/403 to send. */
  check(headers: IncomingHttpHeaders): SandboxResponse | null {
    const client = clientKey(headers);
    const now = this.clock();
    const recent = (this.failures.get(client) ?? []).filter((at) => at > now - LOCKOUT_WINDOW_MS);
    this.failures.set(client, recent);
    if (recent.length >= LOCKOUT_MAX_FAILURES) {
      const retryAfter = Math.ceil(((recent[0] ?? now) + LOCKOUT_WINDOW_MS - now) / 1000);
      return mpError(403, "forbidden", "Too many failed authentication attempts; try again later.", {
        "retry-after": String(Math.max(1, retryAfter)),
      });
    }
    const header = headers.authorization;
    if (header === undefined || header === "") {
      return mpError(
        401,
        "unauthorized",
        "Authentication required: send Authorization: Basic base64(key:secret).",
        CHALLENGE,
      );
    }
    const credentials = decodeBasic(header);
    if (!credentials || credentials.key !== apiKey || credentials.secret !== apiSecret) {
      recent.push(now);
      return mpError(401, "unauthorized", "Invalid API key or secret.", CHALLENGE);
    }
    this.failures.delete(client);
    return null;
  }
}
