"use client";
// A connection's health as the last "Test connection" (or a failed order read) left it: a status dot,
// one line of outcome, and when it was checked / last worked, with the exact time on hover.
import { useEffect, useState } from "react";
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

export function When({ iso, now = Date.now(), prefix }: { iso: string; now?: number; prefix: string }) {
  return (
    <span>
      {prefix}{" "}
      <time dateTime={iso} title={formatExact(iso)}>
        {formatRelative(iso, Math.max(now, Date.parse(iso)))}
      </time>
    </span>
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
  const now = useNow();
  if (!health.lastCheckAt) {
    return (
      <div className="flex items-start gap-2.5 text-muted">
        <StatusDot tone="unknown" />
        Never tested
      </div>
    );
  }
  const ok = health.lastCheckOk === true;
  return (
    <div className="flex min-w-0 items-start gap-2.5">
      <StatusDot tone={ok ? "ok" : "failed"} />
      <div className="min-w-0">
        {ok ? (
          <p>
            OK{health.lastLatencyMs !== null ? ` · ${health.lastLatencyMs} ms` : ""} ·{" "}
            <When iso={health.lastCheckAt} now={now} prefix="checked" />
          </p>
        ) : (
          <>
            <p className="text-danger-soft-fg break-words">
              Failed: {health.lastError ?? "no message from the platform"}
            </p>
            <p className="text-[13px] text-muted">
              <When iso={health.lastCheckAt} now={now} prefix="Checked" /> ·{" "}
              {health.lastSuccessAt ? (
                <When iso={health.lastSuccessAt} now={now} prefix="last success" />
              ) : (
                "never succeeded"
              )}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
