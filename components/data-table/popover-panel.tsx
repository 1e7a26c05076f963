"use client";
// The panel of a toolbar menu (popover.tsx), loaded when the menu is first wanted: Radix's popover, anchored
// to the menu's own button, which stays in the list's first load.
import { Popover as P } from "radix-ui";
import { type ReactNode, type RefObject, useRef } from "react";
import { cn } from "@/lib/client/cn";

/** What the menu's caller says about its panel. */
export interface PanelProps {
  /** The panel's accessible name, e.g. "Stage filter". */
  label: string;
  align?: "start" | "end";
  panelClassName?: string;
  /** The panel's content; its first control takes the focus when the panel opens. */
  children: ReactNode;
}

interface PopoverPanelProps extends PanelProps {
  id: string;
  anchor: RefObject<HTMLButtonElement | null>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function PopoverPanel({
  id,
  anchor,
  open,
  onOpenChange,
  label,
  align = "start",
  panelClassName,
  children,
}: PopoverPanelProps) {
  // A click or Tab elsewhere takes the focus there; closed by Escape or its button, the menu gives it back.
  const wentOutside = useRef(false);
  return (
    <P.Root open={open} onOpenChange={onOpenChange}>
      <P.Anchor virtualRef={anchor} />
      <P.Portal>
        <P.Content
          id={id}
          aria-label={label}
          align={align}
          sideOffset={6}
          collisionPadding={8}
          onInteractOutside={(event) => {
            // The button toggles the panel itself: a press on it is not a click outside.
            if (anchor.current?.contains(event.target as Node)) event.preventDefault();
            else wentOutside.current = true;
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (!wentOutside.current) anchor.current?.focus();
            wentOutside.current = false;
          }}
          className={cn(
            "z-40 w-64 max-w-[calc(100vw-2rem)] rounded-lg border border-border-strong bg-surface p-1.5 shadow-xl outline-none",
            "data-[state=open]:animate-fade-in",
            panelClassName,
          )}
        >
          {children}
        </P.Content>
      </P.Portal>
    </P.Root>
  );
}
