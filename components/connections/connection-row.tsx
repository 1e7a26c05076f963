"use client";
// One connection: its name and platform, health, and for admins the base URL and the Test / Edit / Remove
// actions. The row owns its test so the health cell can show the test's progress and outcome in place.
import { Pencil, Plug, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { TD, TR } from "@/components/ui/table";
import { type ConnectionItem, isConnectionDetail, useDeleteConnection } from "@/lib/client/use-connections";
import { useErrorText } from "@/lib/client/use-error-text";
import { ConnectionDialog } from "./connection-dialog";
import { HealthStatus } from "./health-status";
import { PlatformIcon, PlatformLabel } from "./platform-icon";
import { SyncLine } from "./sync-line";
import { TestOutcome, useConnectionTest } from "./use-connection-test";

// Below md the table stacks: each row becomes a two-column grid (connection | actions) with the health
// underneath, lined up with the name. Shared with the skeleton rows.
export const stacked = {
  row: "max-md:grid max-md:grid-cols-[minmax(0,1fr)_auto] max-md:items-start max-md:py-1",
  main: "md:min-w-56 max-md:col-start-1 max-md:row-start-1 max-md:pb-1",
  health: "md:min-w-64 max-md:col-span-2 max-md:row-start-2 max-md:pt-0 max-md:pl-[60px]",
  actions: "text-right max-md:col-start-2 max-md:row-start-1 max-md:pl-0",
};

export function ConnectionRow({ connection, admin }: { connection: ConnectionItem; admin: boolean }) {
  const t = useTranslations("connections.row");
  const common = useTranslations("common");
  const errorText = useErrorText();
  const { test, run } = useConnectionTest();
  const remove = useDeleteConnection();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const detail = admin && isConnectionDetail(connection) ? connection : null;
  const { name } = connection;

  function onRemove() {
    remove.mutate(connection.id, {
      onSuccess: () => {
        setConfirming(false);
        toast.success(t("removed", { name }));
      },
      onError: (error) => {
        setConfirming(false);
        toast.error(t("removeFailed", { name }), { description: errorText(error) });
      },
    });
  }

  return (
    <TR className={stacked.row}>
      <TD className={stacked.main}>
        <div className="flex items-start gap-3">
          <PlatformIcon platform={connection.platform} className="mt-0.5 size-8" />
          <div className="min-w-0">
            <div className="font-medium break-words">{name}</div>
            <div className="text-[13px] text-muted">
              <PlatformLabel platform={connection.platform} />
            </div>
            {detail ? (
              <div
                className="font-mono text-xs text-muted max-md:break-all md:max-w-80 md:truncate"
                title={detail.baseUrl}
              >
                {detail.baseUrl}
              </div>
            ) : null}
          </div>
        </div>
      </TD>
      <TD className={stacked.health}>
        {test.isIdle ? (
          <HealthStatus health={connection.health} />
        ) : (
          <TestOutcome test={test} lastSuccessAt={connection.health.lastSuccessAt} />
        )}
        {connection.sync ? <SyncLine name={name} sync={connection.sync} admin={admin} /> : null}
      </TD>
      {detail ? (
        <TD className={stacked.actions}>
          <div className="flex items-center justify-end gap-1">
            <Button
              variant="secondary"
              size="sm"
              aria-label={t("testLabel", { name })}
              loading={test.isPending}
              onClick={() => run(connection)}
            >
              {test.isPending ? null : <Plug aria-hidden />}
              {t.rich("test", { wide: (chunks) => <span className="hidden sm:inline">{chunks}</span> })}
            </Button>
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label={t("editLabel", { name })}
              title={common("edit")}
              onClick={() => setEditing(true)}
            >
              <Pencil aria-hidden />
            </Button>
            <Button
              variant="danger-ghost"
              size="icon-sm"
              aria-label={t("removeLabel", { name })}
              title={common("remove")}
              onClick={() => setConfirming(true)}
            >
              <Trash2 aria-hidden />
            </Button>
          </div>
          {editing ? <ConnectionDialog open onOpenChange={setEditing} connection={detail} /> : null}
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            title={t("confirmTitle", { name })}
            description={
              <>
                <p>{t("confirmStops")}</p>
                <p>{t("confirmDeletes")}</p>
              </>
            }
            confirmLabel={common("remove")}
            pending={remove.isPending}
            onConfirm={onRemove}
          />
        </TD>
      ) : null}
    </TR>
  );
}
