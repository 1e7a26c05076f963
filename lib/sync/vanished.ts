// After a full reading: orders in the index that the reading did not meet. Paging by offset can miss an
// order that moved while we read, so a few are asked for one by one first: when those are really gone the
// rest are marked vanished too; when one is still there, the reading was unreliable and only the checked
// ones are settled (the next reconcile judges the rest).
import "server-only";
import { and, eq, inArray, isNull, lt } from "drizzle-orm";
import { orderIndex } from "../db/schema";
import { writeOrders } from "../orders/index-write";
import { forgetIndexReads } from "../orders/list-memo";
import { isPlatformError } from "../platforms/errors";
import type { SyncTarget } from "./target";

const CHECKED_ONE_BY_ONE = 20;

export async function markVanished(target: SyncTarget, walkStarted: Date): Promise<number> {
  const { db, conn, adapter, ctx } = target;
  const unseen = await db
    .select({ orderId: orderIndex.orderId })
    .from(orderIndex)
    .where(
      and(eq(orderIndex.connectionId, conn.id), isNull(orderIndex.vanishedAt), lt(orderIndex.seenAt, walkStarted)),
    );
  if (unseen.length === 0) return 0;
  const gone: string[] = [];
  let stillThere = false;
  for (const { orderId } of unseen.slice(0, CHECKED_ONE_BY_ONE)) {
    try {
      await writeOrders(db, [await adapter.getOrder(conn, orderId, ctx)]);
      stillThere = true;
    } catch (error) {
      if (isPlatformError(error) && error.kind === "not_found") gone.push(orderId);
      else stillThere = true; // cannot tell now: keep it
    }
  }
  if (!stillThere) gone.push(...unseen.slice(CHECKED_ONE_BY_ONE).map((row) => row.orderId));
  for (let start = 0; start < gone.length; start += 1000) {
    await db
      .update(orderIndex)
      .set({ vanishedAt: new Date() })
      .where(and(eq(orderIndex.connectionId, conn.id), inArray(orderIndex.orderId, gone.slice(start, start + 1000))));
  }
  if (gone.length > 0) forgetIndexReads(db);
  return gone.length;
}
