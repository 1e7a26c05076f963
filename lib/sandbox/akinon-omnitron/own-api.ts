// Omnitron's own API as a client uses it: a token from /api/i1/auth/login/ sent as "Token <key>", with a JSON
// Content-Type; the order, its items and shipping address from /api/i1/orders/{id}/.
import { type OwnApi, type RawRecord, records, tokenPerBaseUrl } from "../core/own-api";
import { itemTrackingNumbers } from "../shared/akinon";
import { CREDENTIALS } from "./credentials";

const signedIn = tokenPerBaseUrl(async (baseUrl) => {
  const response = await fetch(`${baseUrl}/api/i1/auth/login/`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(CREDENTIALS),
  });
  if (!response.ok) throw new Error(`Omnitron sandbox login answered ${response.status}`);
  return ((await response.json()) as { key: string }).key;
});

export const ownApi: OwnApi = {
  headers: async (baseUrl) => ({
    authorization: `Token ${await signedIn(baseUrl)}`,
    "content-type": "application/json",
  }),
  listProbe: "api/i1/orders/?limit=1",
  async snapshot(get, id) {
    const raw = await get(`api/i1/orders/${id}/`);
    const items = records(raw.orderitem_set);
    const address = raw.shipping_address as RawRecord | null;
    return {
      number: String(raw.number),
      total: String(raw.amount),
      lines: items.length,
      postalCode: (address?.postcode as string) ?? null,
      tracking: itemTrackingNumbers(items),
      status: String(raw.status),
      raw,
      items,
    };
  },
};
