"use client";
// Previous/next order of the list the user came from: the list page stores its rows' refs in sessionStorage
// ("orderdeck:list-refs", [{connectionId, orderId}]), so the detail page can step through them.
import { useSyncExternalStore } from "react";

export interface OrderRef {
  connectionId: string;
  orderId: string;
}

export const LIST_REFS_KEY = "orderdeck:list-refs";

function read(): string {
  try {
    return sessionStorage.getItem(LIST_REFS_KEY) ?? "[]";
  } catch {
    return "[]"; // storage disabled: no neighbours
  }
}

function parse(text: string): OrderRef[] {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (ref): ref is OrderRef => typeof ref?.connectionId === "string" && typeof ref?.orderId === "string",
    );
  } catch {
    return [];
  }
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

export function orderHref(ref: OrderRef): string {
  return `/orders/${encodeURIComponent(ref.connectionId)}/${encodeURIComponent(ref.orderId)}`;
}

/** The refs before and after this order in the stored list (null at either end or when not listed). */
export function useListNeighbours(current: OrderRef): { previous: OrderRef | null; next: OrderRef | null } {
  const text = useSyncExternalStore(subscribe, read, () => "[]");
  const refs = parse(text);
  const index = refs.findIndex((ref) => ref.connectionId === current.connectionId && ref.orderId === current.orderId);
  if (index < 0) return { previous: null, next: null };
  return { previous: refs[index - 1] ?? null, next: refs[index + 1] ?? null };
}
