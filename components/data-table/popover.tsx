"use client";
// A toolbar menu (filters, columns): a dashed button and a Radix popover panel under it (portalled, flipping
// to stay on screen, focus moved in and given back, closed by Escape or a click outside). The button is all
// the list's first load carries: the Radix part and the panel's code load when the menu is first wanted
// (the pointer on the button, focus or a click), so it opens ready.
import { lazy, type ReactNode, Suspense, useId, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";
import type { PanelProps } from "./popover-panel";

const PopoverPanel = lazy(() => import("./popover-panel").then((m) => ({ default: m.PopoverPanel })));

/** A toolbar button that opens something (a menu, a section): dashed, shaded while open. */
export const toolbarToggleClasses = cn(buttonClasses("secondary", "sm"), "border-dashed aria-expanded:bg-surface-2");

interface PopoverProps extends PanelProps {
  /** The button's content (text, icon, chips). */
  trigger: ReactNode;
  /** An accessible name for the button when its content is not enough. */
  triggerLabel?: string;
  triggerClassName?: string;
  /** Loads the panel content's code (a lazy component's import), started with the popover's own. */
  load?: () => Promise<unknown>;
}

export function Popover({ trigger, triggerLabel, triggerClassName, load, ...panel }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const want = () => {
    if (wanted) return;
    setWanted(true);
    void load?.();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={triggerLabel}
        onPointerEnter={want}
        onFocus={want}
        onClick={() => {
          want();
          setOpen(!open);
        }}
        className={cn(toolbarToggleClasses, triggerClassName)}
      >
        {trigger}
      </button>
      {wanted ? (
        // No fallback: the panel appears whole, so its first control can take the focus as it opens.
        <Suspense fallback={null}>
          <PopoverPanel id={id} anchor={button} open={open} onOpenChange={setOpen} {...panel} />
        </Suspense>
      ) : null}
    </>
  );
}
