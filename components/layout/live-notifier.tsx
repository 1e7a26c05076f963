"use client";
// Browser notifications for new orders of the shops the user chose on the profile page (off by default). Only
// the tab holding the notifier lock shows them, and it keeps its live stream open while hidden: a hidden tab
// is when a notification is worth having.
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import { api } from "@/lib/client/api";
import { useLiveConnection, useLiveEvent } from "@/lib/client/live/live-provider";
import { pickNotifications, readNotificationPrefs } from "@/lib/client/live/notify-prefs";
import { type NotificationTexts, notificationsAllowed, showNotifications } from "@/lib/client/live/show-notifications";
import { useNotifierLock } from "@/lib/client/live/use-notifier-lock";
import { queryKeys } from "@/lib/client/query-keys";
import { usePreference } from "@/lib/client/use-preferences";

export function LiveNotifier() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const t = useTranslations("live.notification");
  const locale = useLocale();
  const texts = useMemo<NotificationTexts>(
    () => ({
      locale,
      newOrder: (number) => t("newOrder", { number }),
      moreOrders: (count) => t("moreOrders", { count }),
      openList: t("openList"),
    }),
    [t, locale],
  );
  const preference = usePreference("notifications");
  const prefs = useMemo(() => readNotificationPrefs(preference.data), [preference.data]);
  const leader = useNotifierLock(prefs.connections.length > 0);
  const connection = useLiveConnection();
  useEffect(() => {
    connection?.setKeepOpen(leader);
    return () => connection?.setKeepOpen(false);
  }, [connection, leader]);

  useLiveEvent((event) => {
    if (!leader || !notificationsAllowed()) return;
    const picked = pickNotifications(event, prefs, Date.now());
    if (!picked) return;
    // The shop's name for the notification's text, from the connections list (read once, then cached).
    void queryClient
      .fetchQuery({
        queryKey: queryKeys.connections.list(),
        queryFn: ({ signal }) => api("GET /api/connections", { signal }).then((r) => r.connections),
        staleTime: 5 * 60_000,
      })
      .then((connections) => connections.find((c) => c.id === picked.connectionId)?.name ?? null)
      .catch(() => null)
      .then((name) => showNotifications(picked, name, (href) => router.push(href), texts));
  });
  return null;
}
