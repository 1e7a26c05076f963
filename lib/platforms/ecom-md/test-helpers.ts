// Test-only helpers (never imported by the adapter): a sandbox with ECOM.md, connections and contexts.
import { createEcomMdSandbox } from "../../sandbox/ecom-md";
import type { RunningSandbox } from "../../sandbox/core/server";
import { SANDBOX_CREDENTIALS } from "../../sandbox/credentials";
import { startTestSandbox } from "../../sandbox/testing";
import { isPlatformError } from "../errors";
import { createUpstream } from "../http";
import type { AdapterContext, Connection } from "../types";

export const CREDS = SANDBOX_CREDENTIALS["ecom-md"];

export const startEcomSandbox = (): Promise<RunningSandbox> =>
  startTestSandbox({ factories: { "ecom-md": createEcomMdSandbox }, count: 60 });

let serial = 0;

export function connectionFor(
  sandbox: RunningSandbox,
  overrides: { credentials?: Partial<Record<"apiToken" | "siteToken", string>>; options?: Connection["options"] } = {},
): Connection {
  return {
    id: `ecom-test-${++serial}`,
    name: "ECOM.md test",
    platform: "ecom-md",
    baseUrl: sandbox.baseUrl("ecom-md"),
    credentials: { apiToken: CREDS.apiToken, siteToken: CREDS.siteToken, ...overrides.credentials },
    options: { language: "ro", ...overrides.options },
  };
}

export function contextFor(
  conn: Connection,
  extra: { timeoutMs?: number; requestsPerSecond?: number } = {},
): AdapterContext {
  const upstream = createUpstream({
    connectionId: conn.id,
    platformLabel: "ECOM.md",
    baseUrl: conn.baseUrl,
    secrets: Object.values(conn.credentials),
    timeoutMs: extra.timeoutMs ?? 10_000,
    requestsPerSecond: extra.requestsPerSecond ?? 200,
    concurrency: 6,
    allowPrivate: true,
  });
  return { upstream };
}

export async function control(sandbox: RunningSandbox, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${sandbox.url}/_sandbox${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return res.json();
}

export const setFaults = (sandbox: RunningSandbox, faults: Record<string, unknown>) =>
  control(sandbox, "PUT", "/faults/ecom-md", faults);
export const clearFaults = (sandbox: RunningSandbox) => control(sandbox, "DELETE", "/faults/ecom-md");
export const resetSandbox = (sandbox: RunningSandbox) => control(sandbox, "POST", "/reset", { platform: "ecom-md" });

/** Catches the rejection of `promise` (so a test can assert on its kind and message). */
export async function failure(promise: Promise<unknown>): Promise<{ kind: string; message: string; status?: number }> {
  try {
    await promise;
  } catch (error) {
    if (!isPlatformError(error)) return { kind: "crash", message: String(error) };
    return { kind: error.kind, message: error.message, status: error.details.status };
  }
  throw new Error("expected a failure");
}
