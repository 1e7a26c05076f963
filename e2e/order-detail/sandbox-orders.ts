// Reading (and, to change state behind Orderdeck's back, writing) orders through each sandbox platform's OWN
// API with the sandbox credentials, so the specs check the pages against the platform's answer, not ours.
import { type APIRequestContext, expect, request } from "@playwright/test";
import type { OrderSnapshot, RawRecord } from "../../lib/sandbox/core/own-api";
import { SANDBOX_PLATFORMS, type SandboxPlatformId } from "../../lib/sandbox/platforms";
import { sandboxBaseUrl } from "../support/sandbox";

export type Snapshot = OrderSnapshot;

async function client(platform: SandboxPlatformId): Promise<APIRequestContext> {
  const baseUrl = sandboxBaseUrl(platform);
  const extraHTTPHeaders = await SANDBOX_PLATFORMS[platform].ownApi.headers(baseUrl);
  return request.newContext({ baseURL: `${baseUrl}/`, extraHTTPHeaders });
}

/** A raw call to the platform; returns status and parsed JSON (or text). */
export async function platformCall(
  platform: SandboxPlatformId,
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  path: string,
  data?: unknown,
): Promise<{ status: number; body: unknown }> {
  const api = await client(platform);
  const res = await api.fetch(path.replace(/^\//, ""), { method, ...(data === undefined ? {} : { data }) });
  const text = await res.text();
  await api.dispose();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // HTML error pages stay text
  }
  return { status: res.status(), body };
}

/** The order as the platform's own API shows it. */
export function sandboxOrder(platform: SandboxPlatformId, id: string): Promise<Snapshot> {
  return SANDBOX_PLATFORMS[platform].ownApi.snapshot(async (path) => {
    const { status, body } = await platformCall(platform, "GET", path);
    expect(status, `sandbox GET ${platform} ${path}`).toBe(200);
    return body as RawRecord;
  }, id);
}

/** "1080.99" / "628" → "108099" / "62800": the digits a formatted money text must contain. */
export function moneyDigits(amount: string): string {
  const [whole = "0", fraction = ""] = amount.trim().split(".");
  return `${whole.replace(/\D/g, "")}${fraction.padEnd(2, "0")}`;
}
