"use client";
import { RotateCw } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { type DetailWords, describeDetails } from "@/components/audit/describe";
import { useDetailWords } from "@/components/audit/use-detail-words";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime, formatExact } from "@/lib/client/format";
import { useErrorText } from "@/lib/client/use-error-text";
import { useOrderHistory } from "@/lib/client/use-order";
import { ACTION_TYPES, type ActionType } from "@/lib/domain/action";
import { AUDIT_ACTIONS } from "@/lib/domain/audit";
import { DetailSection } from "./detail-section";

const OUTCOME_TONE = { success: "success", failure: "danger", denied: "warning" } as const;

interface ActionDetails {
  action?: string;
  parameters?: Record<string, unknown>;
  statusBefore?: { label?: string } | null;
  statusAfter?: { label?: string } | null;
  upstream?: { status?: number | null; message?: string };
}

type T = ReturnType<typeof useTranslations<"order.history">>;

const isActionType = (type: string | undefined): type is ActionType =>
  (ACTION_TYPES as readonly (string | undefined)[]).includes(type);

/** "order.action" events carry the action, its parameters, the status before/after and the platform's answer
 *  (the statuses and the answer in the platform's own words). */
function summarize(
  t: T,
  typeLabel: (type: ActionType) => string,
  words: DetailWords,
  action: string,
  details: Record<string, unknown>,
): { title: string; lines: string[] } {
  if (action !== "order.action") {
    // Not written for orders today (the audit log names these events; see components/audit).
    return {
      title: AUDIT_ACTIONS[action as keyof typeof AUDIT_ACTIONS] ?? action,
      lines: describeDetails(details, "", [], words),
    };
  }
  const d = details as ActionDetails;
  const lines: string[] = [];
  const params = describeDetails(d.parameters ?? {}, "", [], words);
  if (params.length > 0) lines.push(params.join(" · "));
  const before = d.statusBefore?.label;
  const after = d.statusAfter?.label;
  if (before && after && before !== after) lines.push(t("statusChange", { before, after }));
  if (d.upstream?.message && d.upstream.message !== "ok")
    lines.push(t("platformSaid", { message: d.upstream.message }));
  return { title: isActionType(d.action) ? typeLabel(d.action) : (d.action ?? action), lines };
}

/** What people did to this order through Orderdeck (the audit trail), newest first. */
export function HistorySection({ connectionId, orderId }: { connectionId: string; orderId: string }) {
  const t = useTranslations("order.history");
  const actions = useTranslations("actions");
  const words = useDetailWords();
  const locale = useLocale();
  const errorText = useErrorText();
  const history = useOrderHistory(connectionId, orderId);
  return (
    <DetailSection title={t("title")} className="od-print-hide">
      {history.isPending ? (
        <div className="grid gap-3" aria-busy>
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-4 w-1/2" />
        </div>
      ) : history.isError ? (
        <div className="flex flex-wrap items-center gap-3 text-danger-soft-fg">
          <span>{t("loadFailed", { message: errorText(history.error) })}</span>
          <Button variant="secondary" size="sm" onClick={() => history.refetch()}>
            <RotateCw aria-hidden />
            {t("retry")}
          </Button>
        </div>
      ) : history.data.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ol className="grid gap-3">
          {history.data.map((event) => {
            const text = summarize(t, (type) => actions(`type.${type}`), words, event.action, event.details);
            return (
              <li key={event.id} className="grid gap-0.5 border-l-2 pl-3">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{text.title}</span>
                  <Badge tone={OUTCOME_TONE[event.outcome]}>{t(`outcome.${event.outcome}`)}</Badge>
                </div>
                <p className="text-xs text-muted">
                  {event.actorEmail ?? t("someone")} ·{" "}
                  <time dateTime={event.at} title={formatExact(event.at, locale)}>
                    {formatDateTime(event.at, locale)}
                  </time>
                </p>
                {text.lines.map((line) => (
                  <p key={line} className="line-clamp-3 text-xs break-words text-muted">
                    {line}
                  </p>
                ))}
              </li>
            );
          })}
        </ol>
      )}
    </DetailSection>
  );
}
