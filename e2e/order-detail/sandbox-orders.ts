// Reading (and, to change state behind Orderdeck's back, writing) orders through each sandbox platform's OWN
// API with the sandbox credentials, so the specs check the pages against the platform's answer, not ours.
import { type APIRequestContext, expect, request } from "@playwright/test";
import type { SandboxPlatformId } from "../../lib/sandbox/platforms";
import { SANDBOX_CREDENTIALS } from "../../lib/sandbox/credentials";
import { sandboxBaseUrl } from "../support/sandbox";

const C = SANDBOX_CREDENTIALS;
let omnitronKey: string | null = null;

async function client(platform: SandboxPlatformId): Promise<APIRequestContext> {
  const base = { baseURL: `${sandboxBaseUrl(platform)}/` };
  switch (platform) {
    case "ecom-md":
      return request.newContext({ ...base, extraHTTPHeaders: { "API-Token": C["ecom-md"].apiToken } });
    case "merchantpro": {
      const basic = Buffer.from(`${C.merchantpro.apiKey}:${C.merchantpro.apiSecret}`).toString("base64");
      return request.newContext({ ...base, extraHTTPHeaders: { authorization: `Basic ${basic}` } });
    }
    case "akinon-seller-center":
      return request.newContext({
        ...base, // Seller Center wants a JSON Content-Type even on GET (415 without).
        extraHTTPHeaders: {
          authorization: `Bearer ${C["akinon-seller-center"].accessToken}`,
          "content-type": "application/json",
        },
      });
    case "retailys":
      return request.newContext({ ...base, extraHTTPHeaders: { token: C.retailys.token } });
    case "akinon-omnitron": {
      if (!omnitronKey) {
        const login = await request.newContext(base);
        const res = await login.post("api/i1/auth/login/", { data: C["akinon-omnitron"] });
        omnitronKey = ((await res.json()) as { key: string }).key;
        await login.dispose();
      }
      return request.newContext({
        ...base,
        extraHTTPHeaders: { authorization: `Token ${omnitronKey}`, "content-type": "application/json" },
      });
    }
  }
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

type Raw = Record<string, unknown>;
const list = (value: unknown): Raw[] => (Array.isArray(value) ? (value as Raw[]) : []);

/** Both Akinon products keep tracking numbers on the order's items: each distinct one once. */
const itemTrackingNumbers = (items: Raw[]): string[] => [
  ...new Set(
    items
      .map((i) => i.tracking_number)
      .filter(Boolean)
      .map(String),
  ),
];

/** What the checks compare, read from the platform's own payload. */
export interface Snapshot {
  number: string;
  total: string;
  lines: number;
  postalCode: string | null;
  tracking: string[];
  status: string;
  raw: Raw;
  items: Raw[];
}

async function get(platform: SandboxPlatformId, path: string): Promise<Raw> {
  const { status, body } = await platformCall(platform, "GET", path);
  expect(status, `sandbox GET ${platform} ${path}`).toBe(200);
  return body as Raw;
}

export async function sandboxOrder(platform: SandboxPlatformId, id: string): Promise<Snapshot> {
  switch (platform) {
    case "ecom-md": {
      const raw = await get(platform, `external/external-order/${id}/`);
      const items = list(raw.order_items);
      return {
        number: String(raw.id),
        total: String(raw.total_price),
        lines: items.length,
        postalCode: null,
        tracking: [],
        status: String(raw.status),
        raw,
        items,
      };
    }
    case "merchantpro": {
      const raw = await get(platform, `api/v2/orders/${id}`);
      const awb = raw.shipping_awb ? [String(raw.shipping_awb)] : [];
      return {
        number: String(raw.id),
        total: String(raw.total_amount),
        lines: list(raw.line_items).length,
        postalCode: (raw.shipping_postal_code as string) ?? null,
        tracking: awb,
        status: String(raw.shipping_status),
        raw,
        items: list(raw.line_items),
      };
    }
    case "akinon-seller-center": {
      const raw = await get(platform, `api/i1/orders/${id}/`);
      const items = list((await get(platform, `api/i1/order-items/?order=${id}&limit=100`)).results);
      const tracking = itemTrackingNumbers(items);
      return {
        number: String(raw.number),
        total: String(raw.amount),
        lines: items.length,
        postalCode: null,
        tracking,
        status: String(raw.status),
        raw,
        items,
      };
    }
    case "retailys": {
      const raw = await get(platform, `v1/System/Orders/${id}?expanded=true`);
      const tracking = list(raw.trackings).map((t) => String(t.trackingNumber));
      return {
        number: String(raw.id),
        total: String(raw.money),
        lines: list(raw.items).length,
        postalCode: (raw.deliveryZip as string) ?? null,
        tracking,
        status: String(raw.status),
        raw,
        items: list(raw.items),
      };
    }
    case "akinon-omnitron": {
      const raw = await get(platform, `api/i1/orders/${id}/`);
      const items = list(raw.orderitem_set);
      const tracking = itemTrackingNumbers(items);
      const address = raw.shipping_address as Raw | null;
      return {
        number: String(raw.number),
        total: String(raw.amount),
        lines: items.length,
        postalCode: (address?.postcode as string) ?? null,
        tracking,
        status: String(raw.status),
        raw,
        items,
      };
    }
  }
}

/** "1080.99" / "628" → "108099" / "62800": the digits a formatted money text must contain. */
export function moneyDigits(amount: string): string {
  const [whole = "0", fraction = ""] = amount.trim().split(".");
  return `${whole.replace(/\D/g, "")}${fraction.padEnd(2, "0")}`;
}
