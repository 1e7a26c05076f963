// Browser notifications for new orders (picked by notify-prefs.ts). Each has a tag, so the same order told twice
// (two tabs, an event sent again after a reconnect) replaces its notification rather than adding one. A click
// brings the tab forward and opens the order (the summary opens the shop's orders).
import { formatMoney, orderHref } from "../order-format";
import type { PickedNotifications } from "./notify-prefs";

/** The notifications' words in the user's language (the `notifications` messages), and the locale for money. */
export interface NotificationTexts {
  locale: string;
  newOrder: (number: string) => string;
  moreOrders: (count: number) => string;
  openList: string;
}

export function notificationsAllowed(): boolean {
  return typeof Notification !== "undefined" && Notification.permission === "granted";
}

export function showNotifications(
  picked: PickedNotifications,
  shopName: string | null,
  open: (href: string) => void,
  texts: NotificationTexts,
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
    const total = ref.total ? formatMoney(ref.total, texts.locale) : null;
    const body = [shopName, ref.customerName, total].filter(Boolean).join(" · ");
    notify(
      texts.newOrder(ref.number),
      body,
      `orderdeck:${ref.connectionId}/${ref.orderId}`,
      orderHref(ref.connectionId, ref.orderId),
    );
  }
  if (picked.more > 0) {
    notify(
      texts.moreOrders(picked.more),
      shopName ?? texts.openList,
      `orderdeck:more:${picked.connectionId}:${Date.now()}`,
      `/orders?connection=${encodeURIComponent(picked.connectionId)}`,
    );
  }
}
