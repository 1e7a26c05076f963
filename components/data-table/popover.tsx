"use client";
// A light, non-modal popover for toolbar menus (filters, columns): a button and a panel under it that closes
// on Escape, on a click outside, and gives focus back to its button. No positioning library: the panel
// hangs under its button, which is all a toolbar needs, and keeps the list page's JavaScript small.
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";

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
  children: ReactNode | ((close: () => void) => ReactNode);
}

export function Popover({
  trigger,
  label,
  triggerLabel,
  align = "start",
  triggerClassName,
  panelClassName,
  children,
}: PopoverProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  const close = useCallback((refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    // Focus the first control inside, so keyboard users land in the menu they opened; content that loads a
    // moment later (a lazy panel) takes the focus when it arrives.
    const node = panel.current;
    const focusFirst = () => node?.querySelector<HTMLElement>("input, button, select, a[href]")?.focus();
    let waiting: MutationObserver | undefined;
    if (node && !node.querySelector("input, button, select, a[href]")) {
      node.focus();
      waiting = new MutationObserver(() => {
        if (node.querySelector("input, button, select, a[href]")) {
          waiting?.disconnect();
          if (node.contains(document.activeElement)) focusFirst();
        }
      });
      waiting.observe(node, { childList: true, subtree: true });
    } else focusFirst();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.stopPropagation();
        close();
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    const rootNode = root.current;
    rootNode?.addEventListener("keydown", onKeyDown);
    return () => {
      waiting?.disconnect();
      document.removeEventListener("pointerdown", onPointerDown);
      rootNode?.removeEventListener("keydown", onKeyDown);
    };
  }, [open, close]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={triggerLabel}
        onClick={() => setOpen((value) => !value)}
        className={cn(buttonClasses("secondary", "sm"), "border-dashed aria-expanded:bg-surface-2", triggerClassName)}
      >
        {trigger}
      </button>
      {open ? (
        <div
          ref={panel}
          id={id}
          role="dialog"
          tabIndex={-1}
          aria-label={label}
          className={cn(
            "absolute top-full z-40 mt-1.5 w-64 max-w-[calc(100vw-2rem)] rounded-lg border border-border-strong bg-surface p-1.5 shadow-xl outline-none",
            "animate-fade-in",
            align === "end" ? "right-0" : "left-0",
            panelClassName,
          )}
        >
          {typeof children === "function" ? children(() => close()) : children}
        </div>
      ) : null}
    </div>
  );
}
