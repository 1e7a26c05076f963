"use client";
// "Exact time on hover" for a hundred rows without formatting a hundred long dates up front: the first time
// the pointer (or focus) reaches a <time data-exact-time>, it gets its title in the browser's time zone and the
// interface's language (`locale`).
import { type RefObject, useEffect } from "react";
import { formatExact } from "@/lib/client/format";

export function useExactTimeTitles(ref: RefObject<HTMLElement | null>, locale: string) {
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const fill = (event: Event) => {
      const time = (event.target as Element).closest?.("time[data-exact-time]");
      if (time && !time.hasAttribute("title"))
        time.setAttribute("title", formatExact(time.getAttribute("datetime") ?? "", locale));
    };
    node.addEventListener("pointerover", fill);
    node.addEventListener("focusin", fill);
    return () => {
      node.removeEventListener("pointerover", fill);
      node.removeEventListener("focusin", fill);
    };
  }, [ref, locale]);
}
