// The answer of GET /api/orders/:connectionId/:orderId: one order read live from its platform, what its state
// allows (empty for roles that may not act), and which connection it came through.
import type { AvailableAction } from "./action";
import type { Order } from "./order";
import type { PlatformId } from "./platform";

export interface OrderDetail {
  order: Order;
  actions: AvailableAction[];
  connection: { id: string; name: string; platform: PlatformId };
  /**
   * A fingerprint of the order as read (the index row's hash): a live `orders` event whose ref has this version
   * is this very read (the page's own), another version is a change made elsewhere.
   */
  version: string;
}
