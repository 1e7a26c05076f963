// Retailys answers errors as {message, detail} [vendor]; handlers throw HttpError and the router renders it.
import type { SandboxResponse } from "../core/types";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail: string,
  ) {
    super(message);
  }

  toResponse(): SandboxResponse {
    return { status: this.status, body: { message: this.message, detail: this.detail } };
  }
}

export function json(status: number, body: unknown): SandboxResponse {
  return { status, body };
}

export const badRequest = (message: string, detail: string) => new HttpError(400, message, detail);
export const unauthorized = (detail: string) => new HttpError(401, "Unauthorized.", detail);
export const notFound = (message: string, detail: string) => new HttpError(404, message, detail);
export const unprocessable = (message: string, detail: string) => new HttpError(422, message, detail);

export function orderNotFound(id: string): HttpError {
  return notFound(`Order ${id} not found.`, `No order with id ${id} exists in this instance.`);
}
