"use client";
// "Add connection" and "Edit <name>": one dialog, one form. The platforms' field lists load first (they are
// cached for the page's life); the form mounts inside the dialog's content, so closing it resets everything.
import { RotateCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorText } from "@/lib/client/use-error-text";
import { usePlatforms } from "@/lib/client/use-platforms";
import type { ConnectionDetail } from "@/lib/domain/connection";
import { ConnectionForm } from "./connection-form";

interface ConnectionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The connection to edit; without it the dialog adds a new one. */
  connection?: ConnectionDetail;
}

function Body({ connection, onDone }: { connection?: ConnectionDetail; onDone: () => void }) {
  const t = useTranslations("connections.dialog");
  const errorText = useErrorText();
  const platforms = usePlatforms();
  if (platforms.isError) {
    return (
      <div role="alert" aria-label={t("platformsError")} className="grid justify-items-start gap-3">
        <p className="text-danger-soft-fg">{t("platformsErrorText", { message: errorText(platforms.error) })}</p>
        <Button variant="secondary" loading={platforms.isRefetching} onClick={() => void platforms.refetch()}>
          <RotateCw aria-hidden />
          {t("retry")}
        </Button>
      </div>
    );
  }
  if (platforms.isPending) {
    return (
      <div className="grid gap-4" aria-busy>
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="grid gap-1.5">
            <Skeleton className="h-3.5 w-24" />
            <Skeleton className="h-9" />
          </div>
        ))}
      </div>
    );
  }
  return <ConnectionForm platforms={platforms.data} connection={connection} onDone={onDone} />;
}

export function ConnectionDialog({ open, onOpenChange, connection }: ConnectionDialogProps) {
  const t = useTranslations("connections.dialog");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        className="max-w-lg"
        title={connection ? t("editTitle", { name: connection.name }) : t("addTitle")}
        description={connection ? t("editDescription") : t("addDescription")}
      >
        <Body connection={connection} onDone={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}
