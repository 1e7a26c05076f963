import type { SandboxResponse } from "../core/types";

// [assumed] MerchantPro publishes its status codes (400, 401, 403, 404, 405, 429, 500) and the code
// `undefined_filter`, but no error body we could find; every error uses this one shape:
//   {"error": {"code": "<snake_case code>", "message": "<English sentence>"}}
export type ErrorCode =
  | "undefined_filter"
  | "invalid_parameter"
  | "invalid_json"
  | "invalid_field"
  | "invalid_status"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "too_many_requests"
  | "internal_error";

export function mpError(
  status: number,
  code: ErrorCode,
  message: string,
  headers?: Record<string, string>,
): SandboxResponse {
  return { status, headers, body: { error: { code, message } } };
}

export function notFound(id: string): SandboxResponse {
  return mpError(404, "not_found", `Order ${id} was not found.`);
}

export function methodNotAllowed(method: string, path: string, allowed: string[]): SandboxResponse {
  return mpError(405, "method_not_allowed", `Method ${method} is not allowed on ${path}.`, {
    allow: allowed.join(", "),
  });
}

/** The core renders 500s and 429s through this, in the same JSON shape as every other error. */
export function serverError(status: number, message: string): SandboxResponse {
  return mpError(status, status === 429 ? "too_many_requests" : "internal_error", message);
}
