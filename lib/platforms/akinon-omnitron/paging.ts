// The pure half of the list walk (walk.ts): Orderdeck's newest-first order, the order a page's dates actually
// come in, and the adapter's opaque position — which way the tenant is walked, and the last order given.
import { z } from "zod";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import { pagePath } from "./filters";

/** An order's place in the list: placed date (ISO UTC), then id. */
export type Key = readonly [placedAt: string, id: string];
export const keyOf = (order: Order): Key => [order.placedAt, order.id];

/**
 * Negative when `a` is listed before `b`: the newer first and, within one instant, the larger id as text —
 * the tie-break the unified list uses (lib/orders compares ids as text), so the two never disagree.
 */
export function newestFirst(a: Key, b: Key): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? 1 : -1;
  return a[1] === b[1] ? 0 : a[1] < b[1] ? 1 : -1;
}

export const sortNewestFirst = (orders: readonly Order[]): Order[] =>
  [...orders].sort((a, b) => newestFirst(keyOf(a), keyOf(b)));

/** The orders listed after `boundary` (all of them without one). */
export const listedAfter = (orders: readonly Order[], boundary: Key | null): Order[] =>
  boundary ? orders.filter((order) => newestFirst(keyOf(order), boundary) > 0) : [...orders];

export type Direction = "newest-first" | "oldest-first" | "unordered" | "undecided";

/** The order a page's dates come in; "undecided" when they cannot tell (fewer than two distinct dates). */
export function directionOf(orders: readonly Order[]): Direction {
  let down = false;
  let up = false;
  for (let i = 1; i < orders.length; i++) {
    const [previous, current] = [orders[i - 1]!.placedAt, orders[i]!.placedAt];
    if (previous > current) down = true;
    else if (previous < current) up = true;
  }
  return down && up ? "unordered" : down ? "newest-first" : up ? "oldest-first" : "undecided";
}

/** Which way a list runs, from its first and its last page: all of one before all of the other, or neither. */
export function directionAcross(first: readonly Order[], last: readonly Order[]): Direction {
  const dates = (orders: readonly Order[]) => orders.map((order) => order.placedAt).sort();
  const [head, tail] = [dates(first), dates(last)];
  if (head.length === 0 || tail.length === 0) return "undecided";
  if (head[0]! > tail[tail.length - 1]!) return "newest-first";
  if (head[head.length - 1]! < tail[0]!) return "oldest-first";
  return "unordered";
}

/**
 * Whether a later page joins up with what was given so far: nothing on it comes before the boundary, or the
 * boundary order itself is on it, or all of it does (the pages shifted as orders came or went meanwhile: what
 * comes before the boundary was given already). Otherwise an order before the boundary was never given.
 */
export function joinsUp(orders: readonly Order[], boundary: Key | null): boolean {
  if (!boundary) return true;
  const later = listedAfter(orders, boundary).length;
  if (later === orders.length || later === 0) return true;
  return orders.some((order) => order.id === boundary[1] && order.placedAt === boundary[0]);
}

const key = z.tuple([z.string(), z.string()]).readonly().nullable();

/** `after`: the last order given; `seen`: this page was read before (its set-aside orders were reported). */
const shared = { after: key, seen: z.boolean().optional() };

const positionSchema = z.discriminatedUnion("walk", [
  /** The tenant's pages come newest first: the page at `path` (its next link, a path on our base URL). */
  z.object({ walk: z.literal("next"), path: z.string(), ...shared }),
  /** The tenant's pages come oldest first: page `page` of length `length`, walking back to page 1. */
  z.object({ walk: z.literal("back"), page: z.number().int().min(1), length: z.number().int().min(1), ...shared }),
  /** No date order to follow: every page read and sorted here. */
  z.object({ walk: z.literal("all"), ...shared }),
]);
export type Position = z.infer<typeof positionSchema>;

export function encodePosition(position: Position): string {
  return JSON.stringify(position);
}

/** A position this adapter wrote — or an older one: the tenant's own next link, read as a forward walk. */
export function decodePosition(cursor: string): Position {
  if (!cursor.trimStart().startsWith("{")) return { walk: "next", path: pagePath(cursor), after: null };
  let value: unknown;
  try {
    value = JSON.parse(cursor);
  } catch {
    value = undefined;
  }
  const parsed = positionSchema.safeParse(value);
  if (!parsed.success) throw new PlatformError("bad_response", "Akinon Omnitron: the list position is not one of ours");
  // A position comes back from the browser: its path is checked again, as if the tenant had sent it.
  return parsed.data.walk === "next" ? { ...parsed.data, path: pagePath(parsed.data.path) } : parsed.data;
}
