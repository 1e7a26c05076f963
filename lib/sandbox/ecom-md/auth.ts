// ECOM.md's two credentials: `API-Token` on order endpoints, `token` (the site token) on catalogue look-ups.
// The other header does not count: an order call carrying only `token` is unauthenticated.
import { CREDENTIALS } from "./credentials";
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { json } from "./errors";

export type CredentialKind = "api" | "site";

const HEADER: Record<CredentialKind, { name: string; expected: string; scheme: string }> = {
  api: { name: "api-token", expected: CREDENTIALS.apiToken, scheme: "API-Token" },
  site: { name: "token", expected: CREDENTIALS.siteToken, scheme: "token" },
};

/** null when authenticated; else DRF's 401 (with WWW-Authenticate, as DRF sends for a 401). */
export function authenticate(req: SandboxRequest, kind: CredentialKind): SandboxResponse | null {
  const { name, expected, scheme } = HEADER[kind];
  const value = req.headers[name];
  const token = Array.isArray(value) ? value[0] : value;
  const challenge = { "www-authenticate": scheme };
  if (token === undefined || token.trim() === "") {
    return json(401, { detail: "Authentication credentials were not provided." }, challenge);
  }
  if (token.trim() !== expected) return json(401, { detail: "Invalid token." }, challenge);
  return null;
}
