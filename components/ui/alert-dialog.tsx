"use client";
import { useTranslations } from "next-intl";
import { AlertDialog as A } from "radix-ui";
import type { ReactNode } from "react";
import { cn } from "@/lib/client/cn";
import { Button, buttonClasses } from "./button";
import { overlayClasses, panelClasses } from "./dialog";

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  /** The dismiss button's words (default common.cancel, "Cancel"; e.g. "Keep order" when the action itself is a cancel). */
  cancelLabel?: string;
  /** Runs the action; the dialog stays open (with a spinner) until the caller closes it. */
  onConfirm: () => void;
  pending?: boolean;
  tone?: "danger" | "primary";
}

/** A confirmation for destructive actions: focus starts on Cancel, Escape cancels. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  cancelLabel,
  onConfirm,
  pending = false,
  tone = "danger",
}: ConfirmDialogProps) {
  const t = useTranslations("common");
  return (
    <A.Root open={open} onOpenChange={onOpenChange}>
      <A.Portal>
        <A.Overlay className={overlayClasses} />
        <A.Content className={cn(panelClasses, "max-w-md")}>
          <div>
            <A.Title className="text-base font-semibold tracking-tight">{title}</A.Title>
            <A.Description asChild>
              <div className="mt-2 grid gap-2 text-muted">{description}</div>
            </A.Description>
          </div>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <A.Cancel className={buttonClasses("secondary")}>{cancelLabel ?? t("cancel")}</A.Cancel>
            <Button variant={tone} loading={pending} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </A.Content>
      </A.Portal>
    </A.Root>
  );
}
