"use client";
// A connection's health as the last "Test connection" (or a failed order read) left it: a status dot,
// one line of outcome, and when it was checked / last worked, with the exact time on hover.
import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useCallback, useEffect, useState } from "react";
import { cn } from "@/lib/client/cn";
import { formatExact, formatRelative } from "@/lib/client/format";
import type { ConnectionHealth } from "@/lib/domain/connection";

/** Re-renders every 30 s so "checked 2 minutes ago" does not go stale while the page stays open. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * A moment for a message's `<time>{ago}</time>`: `t.rich("checked", at(iso, now))` reads "Checked 5 minutes ago",
 * with the exact time on hover, in the user's language (the sentence around it decides where the time goes).
 */
export function useAt() {
  const locale = useLocale();
  return useCallback(
    (iso: string, now = Date.now()) => ({
      ago: formatRelative(iso, Math.max(now, Date.parse(iso)), locale),
      time: (chunks: ReactNode) => (
        <time dateTime={iso} title={formatExact(iso, locale)}>
          {chunks}
        </time>
      ),
    }),
    [locale],
  );
}

export function StatusDot({ tone }: { tone: "ok" | "failed" | "unknown" }) {
  return (
    <span
      aria-hidden
      className={cn(
        "mt-1.5 size-2 shrink-0 rounded-full ring-4",
        tone === "ok" && "bg-success-soft-fg ring-success-soft",
        tone === "failed" && "bg-danger ring-danger-soft",
        tone === "unknown" && "bg-muted/60 ring-surface-2",
      )}
    />
  );
}

export function HealthStatus({ health }: { health: ConnectionHealth }) {
  const t = useTranslations("connections.health");
  const at = useAt();
  const now = useNow();
  if (!health.lastCheckAt) {
    return (
      <div className="flex items-start gap-2.5 text-muted">
        <StatusDot tone="unknown" />
        {t("never")}
      </div>
    );
  }
  const ok = health.lastCheckOk === true;
  const checked = at(health.lastCheckAt, now);
  return (
    <div className="flex min-w-0 items-start gap-2.5">
      <StatusDot tone={ok ? "ok" : "failed"} />
      <div className="min-w-0">
        {ok ? (
          <p>
            {health.lastLatencyMs !== null
              ? t.rich("okLatency", { ms: health.lastLatencyMs, ...checked })
              : t.rich("ok", checked)}
          </p>
        ) : (
          <>
            {/* The platform's own words, verbatim. */}
            <p className="text-danger-soft-fg break-words">
              {t("failed", { message: health.lastError ?? t("noMessage") })}
            </p>
            <p className="text-[13px] text-muted">
              {t.rich("checked", checked)} ·{" "}
              {health.lastSuccessAt ? t.rich("lastSuccess", at(health.lastSuccessAt, now)) : t("neverSucceeded")}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
