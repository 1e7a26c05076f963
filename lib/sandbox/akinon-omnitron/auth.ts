// Login (django-rest-auth's LoginView at /api/i1/auth/login/) and DRF TokenAuthentication: `Authorization: Token <key>`.
// Keys expire after options.tokenTtlSeconds; an expired key answers exactly like an unknown one ("Invalid token.").
import { randomBytes } from "node:crypto";
import { CREDENTIALS } from "./credentials";
import { INVALID_JSON, type SandboxRequest, type SandboxResponse } from "../core/types";
import { parseError, unauthorized, validation } from "./errors";
import { isPlainObject, pythonType } from "./fields";

export class TokenStore {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly ttlSeconds: number) {}

  issue(): string {
    const key = randomBytes(20).toString("hex"); // DRF's Token.generate_key(): 40 hex characters
    this.expiries.set(key, Date.now() + this.ttlSeconds * 1000);
    return key;
  }

  isValid(key: string): boolean {
    const expiry = this.expiries.get(key);
    if (expiry === undefined) return false;
    if (Date.now() < expiry) return true;
    this.expiries.delete(key);
    return false;
  }
}

function passwordError(value: unknown): string | null {
  if (value === undefined) return "This field is required.";
  if (value === null) return "This field may not be null.";
  if (typeof value !== "string") return "Not a valid string.";
  if (value === "") return "This field may not be blank.";
  return null;
}

export function login(req: SandboxRequest, tokens: TokenStore): SandboxResponse {
  const body = req.body;
  if (body === INVALID_JSON) return parseError();
  const data = body === undefined ? {} : body;
  if (!isPlainObject(data)) {
    return validation({ non_field_errors: [`Invalid data. Expected a dictionary, but got ${pythonType(data)}.`] });
  }
  const problem = passwordError(data.password);
  if (problem) return validation({ password: [problem] });
  if (typeof data.username !== "string" || data.username === "") {
    return validation({ non_field_errors: ['Must include "username" and "password".'] });
  }
  if (data.username !== CREDENTIALS.username || data.password !== CREDENTIALS.password) {
    return validation({ non_field_errors: ["Unable to log in with provided credentials."] });
  }
  return { status: 200, body: { key: tokens.issue() } };
}

/** null when the request carries a live token; else the 401 DRF's TokenAuthentication gives. */
export function authenticate(req: SandboxRequest, tokens: TokenStore): SandboxResponse | null {
  const header = req.headers.authorization ?? "";
  const parts = header.trim().split(/\s+/).filter(Boolean);
  // Any other scheme (Bearer, Basic...) is not this authenticator's business: it is "no credentials".
  if (parts.length === 0 || parts[0]!.toLowerCase() !== "token") {
    return unauthorized("Authentication credentials were not provided.");
  }
  if (parts.length === 1) return unauthorized("Invalid token header. No credentials provided.");
  if (parts.length > 2) return unauthorized("Invalid token header. Token string should not contain spaces.");
  return tokens.isValid(parts[1]!) ? null : unauthorized("Invalid token.");
}
