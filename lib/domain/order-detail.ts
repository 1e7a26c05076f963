// The answer of GET /api/orders/:connectionId/:orderId: one order read live from its platform, what its state
// allows (empty for roles that may not act), and which connection it came through.
import type { AvailableAction } from "./action";
import type { Order } from "./order";
import type { PlatformId } from "./platform";

export interface OrderDetail {
  order: Order;
  actions: AvailableAction[];
  connection: { id: string; name: string; platform: PlatformId };
}
