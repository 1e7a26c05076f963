// Seller Center's own API as a client uses it: the static bearer token, and a JSON Content-Type even on GET (415
// without); the order from /api/i1/orders/{id}/ with its items from /api/i1/order-items/.
import { type OwnApi, records } from "../core/own-api";
import { itemTrackingNumbers } from "../shared/akinon";
import { CREDENTIALS } from "./credentials";

export const ownApi: OwnApi = {
  headers: async () => ({ authorization: `Bearer ${CREDENTIALS.accessToken}`, "content-type": "application/json" }),
  listProbe: "api/i1/orders/?limit=1",
  async snapshot(get, id) {
    const raw = await get(`api/i1/orders/${id}/`);
    const items = records((await get(`api/i1/order-items/?order=${id}&limit=100`)).results);
    return {
      number: String(raw.number),
      total: String(raw.amount),
      lines: items.length,
      postalCode: null,
      tracking: itemTrackingNumbers(items),
      status: String(raw.status),
      raw,
      items,
    };
  },
};
