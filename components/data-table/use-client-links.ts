"use client";
// Table rows link with plain <a href> (a Next <Link> per row costs hooks and effects × 100): one listener
// on the table turns a plain left click on `a[data-client-link]` into a client-side navigation. Modified
// clicks (new tab, new window) and keyboard Enter on the link keep working as links do.
import { useRouter } from "next/navigation";
import { type RefObject, useEffect } from "react";

export function useClientLinks(ref: RefObject<HTMLElement | null>) {
  const router = useRouter();
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-client-link]");
      const href = link?.getAttribute("href");
      if (!link || !href || link.target) return;
      event.preventDefault();
      router.push(href);
    };
    node.addEventListener("click", onClick);
    return () => node.removeEventListener("click", onClick);
  }, [router, ref]);
}
