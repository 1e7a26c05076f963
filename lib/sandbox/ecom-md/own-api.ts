// ECOM.md's own API as a client uses it: the API-Token header; the order as /external/external-order/{id}/ shows it.
import { type OwnApi, records } from "../core/own-api";
import { CREDENTIALS } from "./credentials";

export const ownApi: OwnApi = {
  headers: async () => ({ "API-Token": CREDENTIALS.apiToken }),
  listProbe: "external/external-order/?page_size=1",
  async snapshot(get, id) {
    const raw = await get(`external/external-order/${id}/`);
    const items = records(raw.order_items);
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
  },
};
