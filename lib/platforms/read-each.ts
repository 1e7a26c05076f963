// Reading a page of orders one by one: an order whose essential fields cannot be read is set aside with its
// id and the reason, and the rest of the page is listed. One odd order never takes a whole connection down.
import "server-only";
import type { Order } from "../domain/order";
import { isPlatformError } from "./errors";

export interface SetAside {
  orderId: string | null;
  message: string;
}

/** The order's own id (or number) from a payload we could not read otherwise, for the warning. */
function idOf(payload: unknown): string | null {
  if (!payload || typeof payload !== "object") return null;
  const record = payload as Record<string, unknown>;
  for (const key of ["id", "number", "order_id", "orderId"]) {
    const value = record[key];
    if (typeof value === "string" || typeof value === "number") return String(value);
  }
  return null;
}

export function readEach(
  payloads: readonly unknown[],
  read: (payload: unknown, index: number) => Order,
): { orders: Order[]; unreadable: SetAside[] } {
  const orders: Order[] = [];
  const unreadable: SetAside[] = [];
  payloads.forEach((payload, index) => {
    try {
      orders.push(read(payload, index));
    } catch (error) {
      if (!isPlatformError(error)) console.error("platforms: mapping an order crashed", error);
      const message = isPlatformError(error)
        ? error.message
        : "Orderdeck failed to read this order; see the server log.";
      unreadable.push({ orderId: idOf(payload), message });
    }
  });
  return { orders, unreadable };
}
