// MerchantPro's own API as a client uses it: HTTP Basic with key and secret; the order as /api/v2/orders/{id} shows it.
import { type OwnApi, records } from "../core/own-api";
import { CREDENTIALS } from "./credentials";

const basic = Buffer.from(`${CREDENTIALS.apiKey}:${CREDENTIALS.apiSecret}`).toString("base64");

export const ownApi: OwnApi = {
  headers: async () => ({ authorization: `Basic ${basic}` }),
  listProbe: "api/v2/orders?limit=1",
  async snapshot(get, id) {
    const raw = await get(`api/v2/orders/${id}`);
    const items = records(raw.line_items);
    return {
      number: String(raw.id),
      total: String(raw.total_amount),
      lines: items.length,
      postalCode: (raw.shipping_postal_code as string) ?? null,
      tracking: raw.shipping_awb ? [String(raw.shipping_awb)] : [],
      status: String(raw.shipping_status),
      raw,
      items,
    };
  },
};
