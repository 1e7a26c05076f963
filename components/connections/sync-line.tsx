"use client";
// How the order index keeps up with one shop, under its health: importing (and how far), synced how long ago,
// or the last sync's failure in the platform's words; with "Sync now", and for admins "Read all again" (a full
// reading, which finds older changes and deleted orders at once instead of at the next reconcile).
import { RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useSyncNow } from "@/lib/client/use-sync";
import type { ConnectionSyncInfo } from "@/lib/domain/order-list";
import { useAt } from "./health-status";

export function SyncLine({ name, sync, admin }: { name: string; sync: ConnectionSyncInfo; admin: boolean }) {
  const t = useTranslations("connections.sync");
  const at = useAt();
  const syncNow = useSyncNow();
  // The counts are formatted by the message ({imported, number}) in the user's language.
  const importing =
    sync.phase !== "backfill"
      ? null
      : sync.total
        ? t("importingOf", { imported: sync.imported, total: sync.total })
        : t("importing", { imported: sync.imported });
  return (
    <div className="mt-1.5 flex flex-wrap items-center gap-x-2 pl-[18px] text-[13px] text-muted">
      {importing ? (
        <span className="font-medium text-accent-soft-fg">{importing}</span>
      ) : sync.lastSyncAt ? (
        <span>{t.rich("synced", at(sync.lastSyncAt))}</span>
      ) : (
        <span>{t("notSynced")}</span>
      )}
      {sync.lastError ? (
        <span className="w-full break-words text-danger-soft-fg">{t("failed", { message: sync.lastError })}</span>
      ) : null}
      <Button
        variant="ghost"
        size="sm"
        className="h-6 px-1.5 text-muted"
        loading={syncNow.isPending}
        aria-label={t("syncNowLabel", { name })}
        onClick={() => syncNow.mutate({ connectionIds: [sync.connectionId] })}
      >
        {syncNow.isPending ? null : <RefreshCw aria-hidden />}
        {t("syncNow")}
      </Button>
      {admin && sync.phase === "live" ? (
        <Button
          variant="ghost"
          size="sm"
          className="h-6 px-1.5 text-muted"
          disabled={syncNow.isPending}
          aria-label={t("readAllLabel", { name })}
          title={t("readAllTitle")}
          onClick={() => syncNow.mutate({ connectionIds: [sync.connectionId], full: true })}
        >
          {t("readAll")}
        </Button>
      ) : null}
      {sync.phase === "reconcile" ? <span>{t("reconciling")}</span> : null}
    </div>
  );
}
