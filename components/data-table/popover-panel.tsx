"use client";
// The panel of a toolbar menu (popover.tsx), loaded when the menu is first wanted: Radix's popover, anchored
// to the menu's own button, which stays in the list's first load.
import { Popover as P } from "radix-ui";
import { type ReactNode, type RefObject, useRef } from "react";
import { cn } from "@/lib/client/cn";

interface PopoverPanelProps {
  id: string;
  anchor: RefObject<HTMLButtonElement | null>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  label: string;
  align?: "start" | "end";
  className?: string;
  children: ReactNode;
}

export function PopoverPanel({
  id,
  anchor,
  open,
  onOpenChange,
  label,
  align = "start",
  className,
  children,
}: PopoverPanelProps) {
  // A click elsewhere moves the focus there; only Escape or a choice inside gives it back to the button.
  const clickedOutside = useRef(false);
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
            else clickedOutside.current = true;
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (!clickedOutside.current) anchor.current?.focus();
            clickedOutside.current = false;
          }}
          className={cn(
            "z-40 w-64 max-w-[calc(100vw-2rem)] rounded-lg border border-border-strong bg-surface p-1.5 shadow-xl outline-none",
            "data-[state=open]:animate-fade-in",
            className,
          )}
        >
          {children}
        </P.Content>
      </P.Portal>
    </P.Root>
  );
}
