"use client";
// "Notifications": a browser notification when a new order arrives from the shops the user switches on (all off
// by default). Switching one on asks the browser's permission first; the choice is the user's, kept with the
// preferences API, while the permission belongs to this browser — the section says when it is missing.
import { useQueryClient } from "@tanstack/react-query";
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
import { type NotificationSupport, useNotificationPermission } from "@/lib/client/use-notification-permission";
import { usePreference, useSavePreference } from "@/lib/client/use-preferences";

const KEY = queryKeys.preferences.detail("notifications");

export function NotificationsSection() {
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
        toast.error(`Your choice was not saved: ${error.message}`);
      },
    });
  }

  const loading = connections.isPending || preference.isPending;
  const failed = connections.isError ? connections : preference.isError ? preference : null;
  return (
    <Card aria-labelledby={titleId} className="mt-6">
      <CardHeader>
        <div>
          <CardTitle id={titleId}>Notifications</CardTitle>
          <CardDescription>
            A browser notification when a new order arrives from a shop you switch on here. Orders placed more than an
            hour before Orderdeck sees them are not announced.
          </CardDescription>
        </div>
      </CardHeader>
      <div className="p-5">
        <PermissionNote permission={permission} wanted={prefs.connections.length > 0} onAllow={() => void request()} />
        {failed ? (
          <LoadError title="Could not load your notification settings" query={failed} />
        ) : loading || !connections.data ? (
          <div className="grid gap-3" aria-busy>
            <Skeleton className="h-5 w-56" />
            <Skeleton className="h-5 w-48" />
          </div>
        ) : connections.data.length === 0 ? (
          <p className="text-muted">No shop is connected yet: once one is, it can be switched on here.</p>
        ) : (
          <ul aria-label="New orders per shop" className="divide-y rounded-lg border">
            {connections.data.map((connection) => {
              const on = prefs.connections.includes(connection.id);
              return (
                <li key={connection.id} className="flex items-center gap-3 px-4 py-2.5">
                  <PlatformIcon platform={connection.platform} className="size-4" />
                  <span className="min-w-0 flex-1 truncate">{connection.name}</span>
                  <span className="text-xs text-muted" aria-hidden>
                    {on ? "On" : "Off"}
                  </span>
                  <Switch
                    checked={on}
                    label={`New orders from ${connection.name}`}
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
  let text: string | null = null;
  if (permission === "unsupported") text = "This browser cannot show notifications.";
  else if (permission === "denied")
    text =
      "This browser blocks Orderdeck's notifications. Allow them in the site settings (the icon left of the address), then switch a shop on.";
  else if (permission === "default" && wanted)
    text = "Notifications are on for your account, but this browser has not been allowed to show them yet.";
  return (
    <div role="status">
      {text ? (
        <div className="mb-4 flex flex-wrap items-center gap-3 rounded-lg border border-warning-soft-fg/30 bg-warning-soft px-4 py-2.5 text-[13px] text-warning-soft-fg">
          <p className="min-w-0 flex-1">{text}</p>
          {permission === "default" ? (
            <Button size="sm" variant="secondary" onClick={onAllow}>
              Allow in this browser
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
