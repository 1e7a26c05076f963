// Retailys: the API key travels in a header literally named `token` [vendor]. Keys do not expire (no login flow).
import { CREDENTIALS } from "./credentials";
import type { SandboxRequest } from "../core/types";
import { unauthorized } from "./errors";

export function requireToken(req: SandboxRequest): void {
  const header = req.headers.token;
  const token = Array.isArray(header) ? header[0] : header;
  if (token === undefined || token === "") throw unauthorized("Missing API key: send it in the 'token' header.");
  if (token !== CREDENTIALS.token) throw unauthorized("Invalid API key.");
}
