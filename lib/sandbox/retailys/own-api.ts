// Retailys's own API as a client uses it: the token header; the order as /v1/System/Orders/{id}?expanded=true shows it.
import { type OwnApi, records } from "../core/own-api";
import { CREDENTIALS } from "./credentials";

export const ownApi: OwnApi = {
  headers: async () => ({ token: CREDENTIALS.token }),
  listProbe: "v1/System/Orders?per_page=10",
  async snapshot(get, id) {
    const raw = await get(`v1/System/Orders/${id}?expanded=true`);
    const items = records(raw.items);
    return {
      number: String(raw.id),
      total: String(raw.money),
      lines: items.length,
      postalCode: (raw.deliveryZip as string) ?? null,
      tracking: records(raw.trackings).map((tracking) => String(tracking.trackingNumber)),
      status: String(raw.status),
      raw,
      items,
    };
  },
};
