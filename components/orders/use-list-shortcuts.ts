"use client";
// The list's keyboard: j / k move the active row (focus goes to its order link, so Enter opens it and a
// screen reader announces it), x selects the active row, / jumps to the search box.
import { type RefObject, useEffect, useRef } from "react";

interface Options {
  rowIds: readonly string[];
  activeId: string | null;
  setActiveId: (id: string | null) => void;
  onOpen: (id: string) => void;
  onToggle: (id: string) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function focusRowLink(id: string) {
  const row = document.querySelector(`tr[data-row-id="${CSS.escape(id)}"]`);
  row?.querySelector<HTMLElement>("[data-order-link]")?.focus();
}

export function useListShortcuts(options: Options) {
  // One listener for the page's life; it reads the latest rows and callbacks from the ref.
  const current = useRef(options);
  current.current = options;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      // Not while a dialog or menu has the focus (the save-view dialog, the filter menus).
      if (event.target instanceof Element && event.target.closest("[role=dialog], [role=alertdialog]")) return;
      const { rowIds, activeId, setActiveId, onOpen, onToggle, searchRef } = current.current;
      const index = activeId ? rowIds.indexOf(activeId) : -1;
      switch (event.key) {
        case "/":
          event.preventDefault();
          searchRef.current?.focus();
          searchRef.current?.select();
          return;
        case "j":
        case "k": {
          if (rowIds.length === 0) return;
          event.preventDefault();
          const next =
            index < 0
              ? event.key === "j"
                ? 0
                : rowIds.length - 1
              : Math.min(rowIds.length - 1, Math.max(0, index + (event.key === "j" ? 1 : -1)));
          const id = rowIds[next]!;
          setActiveId(id);
          focusRowLink(id);
          return;
        }
        case "x":
          if (index < 0) return;
          event.preventDefault();
          onToggle(rowIds[index]!);
          return;
        case "Enter":
          // On the order link itself the browser follows the link; elsewhere (a row clicked) we open it.
          if (index < 0 || (event.target instanceof Element && event.target.closest("a, button"))) return;
          event.preventDefault();
          onOpen(rowIds[index]!);
          return;
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
