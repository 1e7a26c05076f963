// One order, read live from its platform, with the actions its current state allows (and the connection's
// lists some of their fields choose from).
import "server-only";
import type { Db } from "../db";
import type { OrderDetail } from "../domain/order-detail";
import { isPlatformError } from "../platforms/errors";
import { getAdapter } from "../platforms/registry";
import { readChoices, withChoices } from "./action-choices";
import { getConnectionRow } from "./connection-rows";
import { toConnection } from "./connection-secrets";
import { orderHash } from "./index-row";
import { indexLiveOrder, markOrderVanished } from "./index-write";
import { contextFor } from "./upstream";

export async function getOrderDetail(
  db: Db,
  connectionId: string,
  orderId: string,
  signal?: AbortSignal,
): Promise<OrderDetail> {
  const row = await getConnectionRow(db, connectionId);
  const conn = toConnection(row);
  const adapter = getAdapter(conn.platform);
  const ctx = contextFor(conn, signal);
  const [order, choices] = await Promise.all([
    adapter.getOrder(conn, orderId, ctx).catch(async (error: unknown) => {
      if (isPlatformError(error) && error.kind === "not_found") await markOrderVanished(db, connectionId, orderId);
      throw error;
    }),
    readChoices(adapter, conn, ctx),
  ]);
  // The page is live from the platform; the list's copy follows it at once when it differs.
  await indexLiveOrder(db, order);
  return {
    order,
    actions: withChoices(adapter.availableActions(order), choices),
    connection: { id: row.id, name: row.name, platform: row.platform },
    version: orderHash(order),
  };
}
