"use client";
// "Test connection" with its feedback: a toast naming the connection and the outcome, and the mutation's
// state for the inline result (the row's health cell, or the add dialog's last step).
import { Loader2 } from "lucide-react";
import { toast } from "sonner";
import { cn } from "@/lib/client/cn";
import { useTestConnection } from "@/lib/client/use-connections";
import { StatusDot, When } from "./health-status";

export function useConnectionTest() {
  const test = useTestConnection();
  function run(connection: { id: string; name: string }) {
    test.mutate(connection.id, {
      onSuccess: (check) =>
        check.ok
          ? toast.success(`${connection.name}: connected`, {
              description: `The platform answered in ${check.latencyMs} ms.`,
            })
          : toast.error(`${connection.name}: test failed`, { description: check.message ?? undefined }),
      onError: (error) => toast.error(`Could not test ${connection.name}`, { description: error.message }),
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
  let body: React.ReactNode = null;
  if (test.isPending) {
    body = (
      <span className="flex items-center gap-2 text-muted">
        <Loader2 aria-hidden className="size-3.5 animate-spin" />
        Testing connection…
      </span>
    );
  } else if (test.isError) {
    body = <span className="text-danger-soft-fg">Could not test: {test.error.message}</span>;
  } else if (test.data) {
    body = (
      <span className="flex items-start gap-2.5">
        <StatusDot tone={test.data.ok ? "ok" : "failed"} />
        <span className="min-w-0">
          <span className={cn("block break-words", test.data.ok ? "text-success-soft-fg" : "text-danger-soft-fg")}>
            {test.data.ok
              ? `Connected · ${test.data.latencyMs} ms`
              : `Failed: ${test.data.message ?? "no message from the platform"}`}
          </span>
          {!test.data.ok && lastSuccessAt !== undefined ? (
            <span className="block text-[13px] text-muted">
              {lastSuccessAt ? <When iso={lastSuccessAt} prefix="Last success" /> : "Never succeeded"}
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
