"use client";
// "Recent bulk actions": the jobs are stored on the server, so a closed tab loses nothing — reopen any. The
// button is part of the page header; the dialog's code loads on the first click.
import { History } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

const RecentBulkActionsDialog = lazy(() =>
  import("./recent-bulk-actions-dialog").then((m) => ({ default: m.RecentBulkActionsDialog })),
);

export function RecentBulkActions() {
  const t = useTranslations("bulk");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button ref={button} variant="ghost" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <History aria-hidden />
        {t("recent.title")}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <RecentBulkActionsDialog onClose={() => setOpen(false)} returnFocusTo={button} />
        </Suspense>
      ) : null}
    </>
  );
}
