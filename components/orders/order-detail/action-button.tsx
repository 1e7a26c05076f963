"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { AvailableAction } from "@/lib/domain/action";
import type { Order, OrderLine } from "@/lib/domain/order";
import { directInput, formFields, initialValues } from "./action-fields";
import { ActionFormDialog } from "./action-form-dialog";
import { useActionLabel } from "./action-label";
import { confirmation, itemName } from "./confirmation";
import type { ActionRunner } from "./use-action-runner";

interface Props {
  action: AvailableAction;
  order: Order;
  platformLabel: string;
  runner: ActionRunner;
  line?: OrderLine;
  variant?: ButtonVariant;
  size?: "sm" | "md";
}

/** One action: runs on click, or after a confirmation (destructive), or through its form (inputs needed; a
 *  destructive action with a form, such as a cancellation with the platform's reasons, confirms by its form). */
export function ActionButton({ action, order, platformLabel, runner, line, variant, size = "md" }: Props) {
  const t = useTranslations("actions");
  const label = useActionLabel()(action);
  const [open, setOpen] = useState(false);
  const fields = formFields(action);
  const running = runner.runningKey === action.key;
  const busy = runner.runningKey !== null;
  const look = variant ?? (action.destructive ? "danger-ghost" : "secondary");
  const button = (onClick: () => void) => (
    <Button variant={look} size={size} loading={running} disabled={busy && !running} onClick={onClick}>
      {label}
    </Button>
  );

  if (action.destructive && !fields) {
    const text = confirmation(t, action, label, order, platformLabel, line);
    return (
      <>
        {button(() => setOpen(true))}
        <ConfirmDialog
          open={open}
          onOpenChange={(next) => !running && setOpen(next)}
          title={text.title}
          description={text.description}
          confirmLabel={label}
          cancelLabel={t(action.type === "cancel" ? "keepOrder" : "keepItem")}
          pending={running}
          onConfirm={async () => {
            const input = directInput(action);
            // Either way the dialog closes: a refusal is shown on the page, next to the order as it is now.
            if (input) await runner.perform(action, input);
            setOpen(false);
          }}
        />
      </>
    );
  }

  if (fields) {
    const owed = action.type === "mark-paid" ? order.totals.total.amount : null;
    const subject = line
      ? t("subject.line", { item: itemName(line), number: order.number })
      : t("subject.order", { number: order.number, platform: platformLabel });
    return (
      <Dialog open={open} onOpenChange={(next) => !running && setOpen(next)}>
        {button(() => setOpen(true))}
        {open ? (
          <ActionFormDialog
            action={action}
            label={label}
            fields={fields}
            initial={initialValues(action, line, owed)}
            subject={subject}
            runner={runner}
            onDone={() => setOpen(false)}
          />
        ) : null}
      </Dialog>
    );
  }

  const input = directInput(action);
  if (!input) return null;
  return button(() => void runner.perform(action, input));
}
