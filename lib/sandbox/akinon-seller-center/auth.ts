// Authentication as Seller Center does it: simplejwt's token/obtain/ (email + password) and Bearer access
// tokens, or the seller's long-lived access token created in the UI (also sent as Bearer).
import type { IncomingHttpHeaders } from "node:http";
import { CREDENTIALS } from "./credentials";
import { INVALID_JSON, type SandboxResponse } from "../core/types";
import { REFRESH_TOKEN_TTL_SECONDS } from "./constants";
import { fieldErrors, jsonParseError, unauthorized } from "./errors";
import { type Clock, issueToken, verifyToken } from "./jwt";

function pythonTypeName(value: unknown): string {
  if (Array.isArray(value)) return "list";
  if (value === null) return "NoneType";
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  return Number.isInteger(value) ? "int" : "float";
}

/** DRF serializer validation of a body of CharFields; returns the values or the 400 response. */
type Read = { values: Record<string, string>; error?: undefined } | { values?: undefined; error: SandboxResponse };

function readStrings(body: unknown, fields: readonly string[]): Read {
  if (body === INVALID_JSON) return { error: jsonParseError() };
  const data = body ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    const message = `Invalid data. Expected a dictionary, but got ${pythonTypeName(data)}.`;
    return { error: fieldErrors({ non_field_errors: [message] }) };
  }
  const values: Record<string, string> = {};
  const errors: Record<string, string[]> = {};
  for (const field of fields) {
    const value = (data as Record<string, unknown>)[field];
    if (value === undefined) errors[field] = ["This field is required."];
    else if (value === null) errors[field] = ["This field may not be null."];
    else if (typeof value !== "string" && typeof value !== "number") errors[field] = ["Not a valid string."];
    else if (String(value).trim() === "") errors[field] = ["This field may not be blank."];
    else values[field] = String(value);
  }
  return Object.keys(errors).length > 0 ? { error: fieldErrors(errors) } : { values };
}

/** POST /api/i1/token/obtain/ → {refresh, access}. */
export function obtainToken(body: unknown, accessTtlSeconds: number, clock: Clock): SandboxResponse {
  const { values, error } = readStrings(body, ["email", "password"]);
  if (error) return error;
  if (values.email !== CREDENTIALS.email || values.password !== CREDENTIALS.password) {
    return unauthorized({ detail: "No active account found with the given credentials" });
  }
  return {
    status: 200,
    body: {
      refresh: issueToken("refresh", REFRESH_TOKEN_TTL_SECONDS, clock),
      access: issueToken("access", accessTtlSeconds, clock),
    },
  };
}

/** POST /api/i1/token/refresh/ → {access}: simplejwt's companion route [assumed present]. */
export function refreshToken(body: unknown, accessTtlSeconds: number, clock: Clock): SandboxResponse {
  const { values, error } = readStrings(body, ["refresh"]);
  if (error) return error;
  const problem = verifyToken(values.refresh ?? "", "refresh", clock);
  if (problem) return unauthorized({ detail: problem, code: "token_not_valid" });
  return { status: 200, body: { access: issueToken("access", accessTtlSeconds, clock) } };
}

/** simplejwt's JWTAuthentication plus the static token. Returns null when authenticated, else the 401. */
export function authenticate(headers: IncomingHttpHeaders, clock: Clock): SandboxResponse | null {
  const header = headers.authorization;
  const parts = header === undefined ? [] : header.split(/\s+/).filter(Boolean);
  // A scheme other than Bearer is not simplejwt's business: the request is simply unauthenticated.
  if (parts.length === 0 || parts[0] !== "Bearer") {
    return unauthorized({ detail: "Authentication credentials were not provided." });
  }
  if (parts.length !== 2)
    return unauthorized({ detail: "Authorization header must contain two space-delimited values" });
  const token = parts[1] ?? "";
  if (token === CREDENTIALS.accessToken) return null;
  const problem = verifyToken(token, "access", clock);
  if (problem === null) return null;
  return unauthorized({
    detail: "Given token not valid for any token type",
    code: "token_not_valid",
    messages: [{ token_class: "AccessToken", token_type: "access", message: problem }],
  });
}
