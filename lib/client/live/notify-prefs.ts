// The "notifications" preference: `{ connections: [ids] }`, the shops whose new orders this user wants as
// browser notifications. Off (no shop) by default and for any value of another shape.
import type { LiveEvent, LiveOrderRef } from "@/lib/domain/live-events";

export interface NotificationPrefs {
  connections: string[];
}

export function readNotificationPrefs(value: unknown): NotificationPrefs {
  const connections =
    typeof value === "object" && value !== null && "connections" in value && Array.isArray(value.connections)
      ? value.connections.filter((id): id is string => typeof id === "string")
      : [];
  return { connections };
}

export function withConnection(prefs: NotificationPrefs, connectionId: string, on: boolean): NotificationPrefs {
  const others = prefs.connections.filter((id) => id !== connectionId);
  return { connections: on ? [...others, connectionId] : others };
}

/** A reconcile finds old orders the index missed: only orders placed this recently are news. */
export const RECENT_MS = 60 * 60_000;
/** Notifications per event; the rest are summed up in one. */
export const MAX_PER_EVENT = 3;

export interface PickedNotifications {
  connectionId: string;
  orders: LiveOrderRef[];
  /** New orders beyond `orders`, told in one summary notification. */
  more: number;
}

/** What an event should notify of, for these preferences; null for nothing. */
export function pickNotifications(event: LiveEvent, prefs: NotificationPrefs, now: number): PickedNotifications | null {
  if (event.type !== "orders" || !prefs.connections.includes(event.connectionId)) return null;
  const recent = event.added.filter((ref) => now - Date.parse(ref.placedAt) <= RECENT_MS);
  // Orders beyond the event's refs are of unknown age: counted only when every order it named was recent.
  const unnamed = recent.length === event.added.length ? Math.max(0, event.addedCount - event.added.length) : 0;
  const more = Math.max(0, recent.length - MAX_PER_EVENT) + unnamed;
  if (recent.length === 0) return null;
  return { connectionId: event.connectionId, orders: recent.slice(0, MAX_PER_EVENT), more };
}
