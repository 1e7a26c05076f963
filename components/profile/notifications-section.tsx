"use client";
// "Notifications": a browser notification when a new order arrives from the shops the user switches on (all off
// by default). Switching one on asks the browser's permission first; the choice is the user's, kept with the
// preferences API, while the permission belongs to this browser — the section says when it is missing.
import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { toast } from "sonner";
import { PlatformIcon } from "@/components/connections/platform-icon";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LoadError } from "@/components/ui/load-error";
import { Skeleton } from "@/components/ui/skeleton";
import { Switch } from "@/components/ui/switch";
import { readNotificationPrefs, withConnection } from "@/lib/client/live/notify-prefs";
import { queryKeys } from "@/lib/client/query-keys";
import { useConnections } from "@/lib/client/use-connections";
import { useErrorText } from "@/lib/client/use-error-text";
import { type NotificationSupport, useNotificationPermission } from "@/lib/client/use-notification-permission";
import { usePreference, useSavePreference } from "@/lib/client/use-preferences";

const KEY = queryKeys.preferences.detail("notifications");

export function NotificationsSection() {
  const t = useTranslations("profile.notifications");
  const errorText = useErrorText();
  const connections = useConnections();
  const preference = usePreference("notifications");
  const save = useSavePreference("notifications");
  const queryClient = useQueryClient();
  const { permission, request } = useNotificationPermission();
  const prefs = readNotificationPrefs(preference.data);
  const titleId = useId();

  async function toggle(connectionId: string, on: boolean) {
    if (on && (await request()) !== "granted") return; // the section says why
    const before = queryClient.getQueryData(KEY);
    const next = withConnection(readNotificationPrefs(before), connectionId, on);
    queryClient.setQueryData(KEY, next);
    save.mutate(next, {
      onError: (error) => {
        queryClient.setQueryData(KEY, before);
        toast.error(t("notSaved", { reason: errorText(error) }));
      },
    });
  }

  const loading = connections.isPending || preference.isPending;
  const failed = connections.isError ? connections : preference.isError ? preference : null;
  return (
    <Card aria-labelledby={titleId} className="mt-6">
      <CardHeader>
        <div>
          <CardTitle id={titleId}>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
      </CardHeader>
      <div className="p-5">
        <PermissionNote permission={permission} wanted={prefs.connections.length > 0} onAllow={() => void request()} />
        {failed ? (
          <LoadError title={t("loadFailed")} query={failed} />
        ) : loading || !connections.data ? (
          <div className="grid gap-3" aria-busy>
            <Skeleton className="h-5 w-56" />
            <Skeleton className="h-5 w-48" />
          </div>
        ) : connections.data.length === 0 ? (
          <p className="text-muted">{t("noShops")}</p>
        ) : (
          <ul aria-label={t("perShop")} className="divide-y rounded-lg border">
            {connections.data.map((connection) => {
              const on = prefs.connections.includes(connection.id);
              return (
                <li key={connection.id} className="flex items-center gap-3 px-4 py-2.5">
                  <PlatformIcon platform={connection.platform} className="size-4" />
                  <span className="min-w-0 flex-1 truncate">{connection.name}</span>
                  <span className="text-xs text-muted" aria-hidden>
                    {on ? t("on") : t("off")}
                  </span>
                  <Switch
                    checked={on}
                    label={t("newOrdersFrom", { shop: connection.name })}
                    disabled={permission === "unsupported"}
                    onCheckedChange={(checked) => void toggle(connection.id, checked)}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Card>
  );
}

/** What this browser allows, when it stands in the way. */
function PermissionNote({
  permission,
  wanted,
  onAllow,
}: {
  permission: NotificationSupport;
  wanted: boolean;
  onAllow: () => void;
}) {
  const t = useTranslations("profile.notifications");
  let text: string | null = null;
  if (permission === "unsupported") text = t("unsupported");
  else if (permission === "denied") text = t("denied");
  else if (permission === "default" && wanted) text = t("notAllowedYet");
  return (
    <div role="status">
      {text ? (
        <div className="mb-4 flex flex-wrap items-center gap-3 rounded-lg border border-warning-soft-fg/30 bg-warning-soft px-4 py-2.5 text-[13px] text-warning-soft-fg">
          <p className="min-w-0 flex-1">{text}</p>
          {permission === "default" ? (
            <Button size="sm" variant="secondary" onClick={onAllow}>
              {t("allow")}
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
