"use client";
// Whether the order an order page shows changed since it was read: an `orders` event names the order with a
// version other than the shown one. An event caused by the page's own read or action (own-writes.ts) while it
// runs is its own news: the answer on its way has that state.
import { useEffect, useRef, useState } from "react";
import type { LiveOrderRef } from "@/lib/domain/live-events";
import type { OrderDetail } from "@/lib/domain/order-detail";
import { isOwnWrite } from "./own-writes";
import { useLiveEvent } from "./live-provider";

/** The detail's version; undefined from a server that does not send one yet. */
export function detailVersion(detail: OrderDetail | undefined): string | undefined {
  const version: unknown = detail && "version" in detail ? detail.version : undefined;
  return typeof version === "string" ? version : undefined;
}

export function useOrderChanged(connectionId: string, orderId: string, detail: OrderDetail | undefined): boolean {
  const [heard, setHeard] = useState<string | null>(null);
  /** Versions this page's own reads and actions caused. */
  const own = useRef(new Set<string>());
  const shown = detailVersion(detail);

  // Without versions (an older server) a new read is all the page can go by: news heard before it is stale.
  useEffect(() => {
    if (detail && detailVersion(detail) === undefined) setHeard(null);
  }, [detail]);

  useLiveEvent((event) => {
    if (event.type !== "orders" || event.connectionId !== connectionId) return;
    const ref = [...event.changed, ...event.added].find((r: LiveOrderRef) => r.orderId === orderId);
    if (!ref) return;
    if (isOwnWrite(connectionId, orderId, Date.now(), shown === undefined)) own.current.add(ref.version);
    setHeard(ref.version);
  });

  return heard !== null && heard !== shown && !own.current.has(heard);
}
