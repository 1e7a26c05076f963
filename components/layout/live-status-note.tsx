"use client";
// When the live stream is lost for more than a moment, a small note in the corner says so: lists and figures
// may be behind until it is back (the pages fall back to reading now and then). Nothing while it reconnects
// quickly, nothing while connecting or paused (a hidden tab); it takes no room in the page's flow.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useLiveStatus } from "@/lib/client/live/live-provider";

const SHOW_AFTER_MS = 8_000;

export function LiveStatusNote() {
  const t = useTranslations("live");
  const status = useLiveStatus();
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (status !== "lost") {
      setLate(false);
      return;
    }
    const timer = setTimeout(() => setLate(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <div role="status" className="pointer-events-none fixed bottom-3 left-3 z-30 lg:left-[calc(248px+0.75rem)]">
      {late ? (
        <p className="flex items-center gap-2 rounded-full border bg-surface/95 px-3 py-1 text-xs text-muted shadow-sm">
          <span aria-hidden className="size-2 rounded-full bg-warning-soft-fg" />
          {t("interrupted")}
        </p>
      ) : null}
    </div>
  );
}
