"use client";
// How the order index keeps up with one shop, under its health: importing (and how far), synced how long ago,
// or the last sync's failure in the platform's words; with "Sync now".
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

export function SyncLine({ name, sync }: { name: string; sync: ConnectionSyncInfo }) {
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
      {sync.lastError ? <span className="w-full break-words text-danger-soft-fg">Last sync failed: {sync.lastError}</span> : null}
      <Button
        variant="ghost"
        size="sm"
        className="h-6 px-1.5 text-muted"
        loading={syncNow.isPending}
        aria-label={`Sync ${name} now`}
        onClick={() => syncNow.mutate([sync.connectionId])}
      >
        {syncNow.isPending ? null : <RefreshCw aria-hidden />}
        Sync now
      </Button>
    </div>
  );
}
