"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useCreateBulkJob } from "@/lib/client/use-bulk-jobs";
import { useErrorText } from "@/lib/client/use-error-text";
import { BulkJobPanel } from "./bulk-job-view";
import type { BulkIntent, SelectedOrder } from "./intents";

interface Props {
  intent: BulkIntent;
  selected: SelectedOrder[];
  /** Called once the action has run to the end (the bar tells the list when the dialog closes). */
  onRan: () => void;
}

/** Step 1 asks what is needed and makes the dry run; step 2 (BulkJobView) shows it, runs it and reports. */
export function BulkActionDialog({ intent, selected, onRan }: Props) {
  const t = useTranslations("bulk");
  const common = useTranslations("common");
  const errorText = useErrorText();
  const create = useCreateBulkJob();
  const [jobId, setJobId] = useState<string | null>(null);
  const [tracking, setTracking] = useState({ trackingNumber: "", carrier: "" });
  const [error, setError] = useState<string | null>(null);
  const n = selected.length;

  async function check(event: FormEvent) {
    event.preventDefault();
    if (intent.needsTracking && !tracking.trackingNumber.trim()) {
      setError(t("dialog.enterTracking"));
      return;
    }
    setError(null);
    const request = intent.request({
      trackingNumber: tracking.trackingNumber.trim(),
      carrier: tracking.carrier.trim() || undefined,
    });
    const orders = selected.map(({ connectionId, orderId }) => ({ connectionId, orderId }));
    try {
      setJobId((await create.mutateAsync({ ...request, orders })).id);
    } catch (failure) {
      setError(failure instanceof Error ? errorText(failure) : t("dialog.checkFailed"));
    }
  }

  const title = t("dialog.title", { action: t(`intent.${intent.id}`), count: n });
  if (jobId) {
    return (
      <DialogContent title={title} description={t("dialog.checked")} className="max-w-xl">
        <BulkJobPanel jobId={jobId} onFinished={onRan} />
      </DialogContent>
    );
  }
  return (
    <DialogContent
      title={title}
      description={intent.destructive ? t("dialog.destructiveHint") : t("dialog.hint")}
      className="max-w-xl"
    >
      <form noValidate onSubmit={check} className="grid gap-4">
        {intent.needsTracking ? (
          <>
            <Field label={t("dialog.trackingNumber")} error={error ?? undefined}>
              {(control) => (
                <Input
                  {...control}
                  value={tracking.trackingNumber}
                  onChange={(e) => setTracking((t) => ({ ...t, trackingNumber: e.target.value }))}
                />
              )}
            </Field>
            <Field label={t("dialog.carrier")}>
              {(control) => (
                <Input
                  {...control}
                  value={tracking.carrier}
                  onChange={(e) => setTracking((t) => ({ ...t, carrier: e.target.value }))}
                />
              )}
            </Field>
          </>
        ) : error ? (
          <p
            role="alert"
            aria-label={t("errorLabel")}
            className="rounded-md bg-danger-soft px-3 py-2 text-danger-soft-fg"
          >
            {error}
          </p>
        ) : null}
        <DialogFooter>
          <DialogClose className={buttonClasses("secondary")}>{common("cancel")}</DialogClose>
          <Button type="submit" loading={create.isPending}>
            {t("dialog.check", { count: n })}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
