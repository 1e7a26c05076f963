"use client";
import { ListChecks } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import { BulkActionDialog } from "./bulk-action-dialog";
import { BULK_INTENTS, type BulkIntentId, type SelectedOrder } from "./intents";

interface BulkActionsBarProps {
  selected: SelectedOrder[];
  /** Called once a bulk action has run (the list clears its selection and re-reads). */
  onDone(): void;
}

/**
 * Shown by the order list while rows are selected: pick one action, check it, run it on all that allow it.
 * It floats at the bottom of the viewport (sticky, after the table) so that appearing never moves the rows
 * under the pointer of someone ticking the next checkbox.
 */
export function BulkActionsBar({ selected, onDone }: BulkActionsBarProps) {
  const t = useTranslations("bulk");
  const [intentId, setIntentId] = useState<BulkIntentId>("ship");
  const [open, setOpen] = useState(false);
  // The list clears its selection on onDone, which unmounts this bar: wait until the results were seen.
  const [ran, setRan] = useState(false);
  const intent = BULK_INTENTS.find((i) => i.id === intentId) ?? BULK_INTENTS[0]!;
  const count = selected.length;
  return (
    <section
      aria-label={t("bar.label")}
      className="sticky bottom-4 z-20 mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-accent/30 bg-surface px-4 py-2.5 shadow-lg"
    >
      <span className="inline-flex items-center gap-2 font-medium">
        <ListChecks aria-hidden className="size-4 text-accent-soft-fg" />
        {t("bar.selected", { count })}
      </span>
      <div className="flex flex-1 flex-wrap items-center gap-2 sm:justify-end">
        <label htmlFor="bulk-intent" className="sr-only">
          {t("bar.action")}
        </label>
        <Select
          id="bulk-intent"
          value={intentId}
          onChange={(e) => setIntentId(e.target.value as BulkIntentId)}
          className="w-52"
        >
          {BULK_INTENTS.map((option) => (
            <option key={option.id} value={option.id}>
              {t(`intent.${option.id}`)}
            </option>
          ))}
        </Select>
        <Dialog
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            if (!next && ran) {
              setRan(false);
              onDone();
            }
          }}
        >
          <Button onClick={() => setOpen(true)} disabled={count === 0}>
            {t("bar.review")}
          </Button>
          {open ? <BulkActionDialog intent={intent} selected={selected} onRan={() => setRan(true)} /> : null}
        </Dialog>
      </div>
    </section>
  );
}
