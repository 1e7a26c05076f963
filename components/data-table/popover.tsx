"use client";
// A toolbar menu (filters, columns): a dashed button and a Radix popover panel under it (portalled, flipping
// to stay on screen, focus moved in and given back, closed by Escape or a click outside). The button is all
// the list's first load carries: the Radix part and the panel's code load when the menu is first wanted
// (the pointer on the button, focus or a click), so it opens ready.
import { lazy, type ReactNode, Suspense, useId, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";

const PopoverPanel = lazy(() => import("./popover-panel").then((m) => ({ default: m.PopoverPanel })));

/** A toolbar button that opens something (a menu, a section): dashed, shaded while open. */
export const toolbarToggleClasses = cn(buttonClasses("secondary", "sm"), "border-dashed aria-expanded:bg-surface-2");

interface PopoverProps {
  /** The button's content (text, icon, chips). */
  trigger: ReactNode;
  /** The panel's accessible name, e.g. "Stage filter". */
  label: string;
  /** An accessible name for the button when its content is not enough. */
  triggerLabel?: string;
  align?: "start" | "end";
  triggerClassName?: string;
  panelClassName?: string;
  /** Loads the panel content's code (a lazy component's import), started with the popover's own. */
  load?: () => Promise<unknown>;
  /** The panel's content; its first control takes the focus when the panel opens. */
  children: ReactNode;
}

export function Popover({
  trigger,
  label,
  triggerLabel,
  align,
  triggerClassName,
  panelClassName,
  load,
  children,
}: PopoverProps) {
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
          <PopoverPanel
            id={id}
            anchor={button}
            open={open}
            onOpenChange={setOpen}
            label={label}
            align={align}
            className={panelClassName}
          >
            {children}
          </PopoverPanel>
        </Suspense>
      ) : null}
    </>
  );
}
