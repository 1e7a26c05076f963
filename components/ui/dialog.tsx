"use client";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog as D } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/client/cn";
import { focusRing } from "./button";

export const Dialog = D.Root;
export const DialogTrigger = D.Trigger;
export const DialogClose = D.Close;

export const overlayClasses = "fixed inset-0 z-50 bg-overlay backdrop-blur-[2px] data-[state=open]:animate-fade-in";
export const panelClasses = cn(
  "fixed top-1/2 left-1/2 z-50 grid max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2",
  "gap-5 overflow-y-auto rounded-xl border bg-surface p-6 shadow-2xl outline-none data-[state=open]:animate-dialog-in",
);

interface DialogContentProps extends Omit<ComponentProps<typeof D.Content>, "title"> {
  title: ReactNode;
  description?: ReactNode;
}

/** The dialog panel with its title, optional description and a close button. */
export function DialogContent({ title, description, className, children, ...props }: DialogContentProps) {
  const t = useTranslations("common");
  return (
    <D.Portal>
      <D.Overlay className={overlayClasses} />
      <D.Content
        className={cn(panelClasses, "max-w-md", className)}
        {...(description ? {} : { "aria-describedby": undefined })}
        {...props}
      >
        <div className="pr-8">
          <D.Title className="text-base font-semibold tracking-tight">{title}</D.Title>
          {description ? <D.Description className="mt-1.5 text-muted">{description}</D.Description> : null}
        </div>
        {children}
        <D.Close
          aria-label={t("close")}
          className={cn(
            "absolute top-4 right-4 rounded-md p-1.5 text-muted hover:bg-surface-2 hover:text-fg",
            focusRing,
          )}
        >
          <X aria-hidden className="size-4" />
        </D.Close>
      </D.Content>
    </D.Portal>
  );
}

export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />;
}
