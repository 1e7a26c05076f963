"use client";
// How the order index keeps up with one shop, under its health: importing (and how far), synced how long ago,
// or the last sync's failure in the platform's words; with "Sync now", and for admins "Read all again" (a full
// reading, which finds older changes and deleted orders at once instead of at the next reconcile).
import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useSyncNow } from "@/lib/client/use-sync";
import type { ConnectionSyncInfo } from "@/lib/domain/order-list";
import { When } from "./health-status";

const count = new Intl.NumberFormat();

function importProgress(sync: ConnectionSyncInfo) {
  if (sync.phase === "backfill") {
    return `Importing orders: ${count.format(sync.imported)}${sync.total ? ` of ${count.format(sync.total)}` : ""}`;
  }
  return null;
}

export function SyncLine({ name, sync, admin }: { name: string; sync: ConnectionSyncInfo; admin: boolean }) {
  const syncNow = useSyncNow();
  const importing = importProgress(sync);
  return (
    <div className="mt-1.5 flex flex-wrap items-center gap-x-2 pl-[18px] text-[13px] text-muted">
      {importing ? (
        <span className="font-medium text-accent-soft-fg">{importing}</span>
      ) : sync.lastSyncAt ? (
        <When iso={sync.lastSyncAt} prefix="Orders synced" />
      ) : (
        <span>Orders not synced yet</span>
      )}
      {sync.lastError ? (
        <span className="w-full break-words text-danger-soft-fg">Last sync failed: {sync.lastError}</span>
      ) : null}
      <Button
        variant="ghost"
        size="sm"
        className="h-6 px-1.5 text-muted"
        loading={syncNow.isPending}
        aria-label={`Sync ${name} now`}
        onClick={() => syncNow.mutate({ connectionIds: [sync.connectionId] })}
      >
        {syncNow.isPending ? null : <RefreshCw aria-hidden />}
        Sync now
      </Button>
      {admin && sync.phase === "live" ? (
        <Button
          variant="ghost"
          size="sm"
          className="h-6 px-1.5 text-muted"
          disabled={syncNow.isPending}
          aria-label={`Read all of ${name}'s orders again`}
          title="Reads every order again: finds older changes and deleted orders now instead of at the next full reading"
          onClick={() => syncNow.mutate({ connectionIds: [sync.connectionId], full: true })}
        >
          Read all again
        </Button>
      ) : null}
      {sync.phase === "reconcile" ? <span>Reading all orders again…</span> : null}
    </div>
  );
}
