// An action and the order as it is afterwards, in one call: the adapter's write, then a re-read. The orders
// service does the two steps itself (an accepted write must stay final even when the re-read fails); this
// helper is for the callers that want the simple form, such as the adapters' own tests.
import "server-only";
import type { ActionInput } from "../domain/action";
import type { Order } from "../domain/order";
import { PlatformError } from "./errors";
import type { AdapterContext, Connection, PlatformAdapter } from "./types";

export async function performAndReread(
  adapter: PlatformAdapter,
  conn: Connection,
  orderId: string,
  action: ActionInput,
  ctx: AdapterContext,
): Promise<Order> {
  const write = await adapter.perform(conn, orderId, action, ctx);
  const order = await adapter.getOrder(conn, write.orderId ?? orderId, ctx);
  const problem = write.check?.(order);
  if (problem) throw new PlatformError("refused", problem);
  return order;
}
