// Small hand-written readers for JSON bodies: each throws a 400 naming the field on a missing or mistyped value.
import { toCents } from "../core/money";
import { INVALID_JSON, type SandboxRequest } from "../core/types";
import { badRequest } from "./errors";

export type Body = Record<string, unknown>;

const wrongType = (field: string, expected: string, hint: string) =>
  badRequest(`Field '${field}' must be ${expected}.`, hint);
const missing = (field: string, hint: string) => badRequest(`Field '${field}' is required.`, hint);

export function objectBody(req: SandboxRequest, hint: string): Body {
  if (req.body === INVALID_JSON) throw badRequest("Malformed JSON body.", hint);
  if (typeof req.body !== "object" || req.body === null || Array.isArray(req.body))
    throw badRequest("The request body must be a JSON object.", hint);
  return req.body as Body;
}

export function nestedObject(body: Body, field: string, hint: string, required: boolean): Body | undefined {
  const value = body[field];
  if (value === undefined || (value === null && !required)) {
    if (required) throw missing(field, hint);
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw wrongType(field, "an object", hint);
  return value as Body;
}

export function optionalInt(body: Body, field: string, hint: string, min = 1): number | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) throw wrongType(field, "an integer", hint);
  if (value < min) throw badRequest(`Field '${field}' must be at least ${min}.`, hint);
  return value;
}

export function requiredInt(body: Body, field: string, hint: string, min = 1): number {
  const value = optionalInt(body, field, hint, min);
  if (value === undefined) throw missing(field, hint);
  return value;
}

/** A string field; `nullable` lets a client clear it with null. Empty strings are refused for required fields. */
export function optionalString(body: Body, field: string, hint: string, nullable = false): string | null | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (value === null && nullable) return null;
  if (typeof value !== "string") throw wrongType(field, nullable ? "a string or null" : "a string", hint);
  return value;
}

export function requiredString(body: Body, field: string, hint: string): string {
  const value = optionalString(body, field, hint);
  if (value === undefined || value === null) throw missing(field, hint);
  if (value.trim() === "") throw badRequest(`Field '${field}' must not be empty.`, hint);
  return value;
}

/** Money as a JSON number with at most 2 decimals [vendor: numbers on the wire], in cents. */
export function optionalMoney(body: Body, field: string, hint: string): number | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  const cents = typeof value === "number" && /^\d+(\.\d{1,2})?$/.test(String(value)) ? toCents(value) : null;
  if (cents === null) throw wrongType(field, "a non-negative number with at most 2 decimals", hint);
  return cents;
}

export function requiredMoney(body: Body, field: string, hint: string): number {
  const value = optionalMoney(body, field, hint);
  if (value === undefined) throw missing(field, hint);
  return value;
}
