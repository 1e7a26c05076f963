"use client";
// "Test connection" with its feedback: a toast naming the connection and the outcome, and the mutation's
// state for the inline result (the row's health cell, or the add dialog's last step).
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { cn } from "@/lib/client/cn";
import { useTestConnection } from "@/lib/client/use-connections";
import { useErrorText } from "@/lib/client/use-error-text";
import { StatusDot, useAt } from "./health-status";

export function useConnectionTest() {
  const t = useTranslations("connections.test");
  const errorText = useErrorText();
  const test = useTestConnection();
  function run(connection: { id: string; name: string }) {
    const { name } = connection;
    test.mutate(connection.id, {
      onSuccess: (check) =>
        check.ok
          ? toast.success(t("connected", { name }), { description: t("answered", { ms: check.latencyMs }) })
          : // The platform's own words, verbatim.
            toast.error(t("failed", { name }), { description: check.message ?? undefined }),
      onError: (error) => toast.error(t("error", { name }), { description: errorText(error) }),
    });
  }
  return { test, run };
}

type TestState = ReturnType<typeof useTestConnection>;

interface TestOutcomeProps {
  test: TestState;
  /** Shown under a failure: when it last worked. */
  lastSuccessAt?: string | null;
  className?: string;
}

/** The last test's outcome: "Testing connection…", "Connected · 123 ms" or "Failed: <platform's message>". */
export function TestOutcome({ test, lastSuccessAt, className }: TestOutcomeProps) {
  const t = useTranslations("connections");
  const errorText = useErrorText();
  const at = useAt();
  let body: React.ReactNode = null;
  if (test.isPending) {
    body = (
      <span className="flex items-center gap-2 text-muted">
        <Loader2 aria-hidden className="size-3.5 animate-spin" />
        {t("test.pending")}
      </span>
    );
  } else if (test.isError) {
    body = <span className="text-danger-soft-fg">{t("test.errorInline", { message: errorText(test.error) })}</span>;
  } else if (test.data) {
    body = (
      <span className="flex items-start gap-2.5">
        <StatusDot tone={test.data.ok ? "ok" : "failed"} />
        <span className="min-w-0">
          <span className={cn("block break-words", test.data.ok ? "text-success-soft-fg" : "text-danger-soft-fg")}>
            {test.data.ok
              ? t("test.ok", { ms: test.data.latencyMs })
              : t("health.failed", { message: test.data.message ?? t("health.noMessage") })}
          </span>
          {!test.data.ok && lastSuccessAt !== undefined ? (
            <span className="block text-[13px] text-muted">
              {lastSuccessAt ? t.rich("test.lastSuccess", at(lastSuccessAt)) : t("test.neverSucceeded")}
            </span>
          ) : null}
        </span>
      </span>
    );
  }
  return (
    <div role="status" className={cn("min-h-5", className)}>
      {body}
    </div>
  );
}
