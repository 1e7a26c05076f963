// Browser notifications for new orders (picked by notify-prefs.ts). Each has a tag, so the same order told twice
// (two tabs, an event sent again after a reconnect) replaces its notification rather than adding one. A click
// brings the tab forward and opens the order (the summary opens the shop's orders).
import { formatMoney, orderHref } from "../order-format";
import type { PickedNotifications } from "./notify-prefs";

export function notificationsAllowed(): boolean {
  return typeof Notification !== "undefined" && Notification.permission === "granted";
}

export function showNotifications(
  picked: PickedNotifications,
  shopName: string | null,
  open: (href: string) => void,
): void {
  const notify = (title: string, body: string, tag: string, href: string) => {
    const notification = new Notification(title, { body, tag, icon: "/icon.svg" });
    notification.onclick = () => {
      window.focus();
      open(href);
      notification.close();
    };
  };
  for (const ref of picked.orders) {
    const body = [shopName, ref.customerName, ref.total ? formatMoney(ref.total) : null].filter(Boolean).join(" · ");
    notify(
      `New order ${ref.number}`,
      body,
      `orderdeck:${ref.connectionId}/${ref.orderId}`,
      orderHref(ref.connectionId, ref.orderId),
    );
  }
  if (picked.more > 0) {
    const n = picked.more;
    notify(
      `${n} more new ${n === 1 ? "order" : "orders"}`,
      shopName ?? "Open the order list to see them.",
      `orderdeck:more:${picked.connectionId}:${Date.now()}`,
      `/orders?connection=${encodeURIComponent(picked.connectionId)}`,
    );
  }
}
