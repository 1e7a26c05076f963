"use client";
import { useLocale, useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { HeaderRow, Table, TBody, TD, TR } from "@/components/ui/table";
import { cn } from "@/lib/client/cn";
import { formatDateTime, formatExact } from "@/lib/client/format";
import type { UserSummary } from "@/lib/domain/user";
import { AUDIT_ACTIONS, type AuditAction, type AuditEventView } from "@/lib/domain/audit";
import { describeDetails, describeTarget } from "./describe";
import { useDetailWords } from "./use-detail-words";

/** Each outcome's badge tone; its name is audit.outcome.*. */
const OUTCOME_TONES: Record<AuditEventView["outcome"], BadgeTone> = {
  success: "success",
  failure: "danger",
  denied: "warning",
};

const COLUMNS = ["when", "who", "action", "target", "outcome", "ip", "details"] as const;

/** The target types Orderdeck records (`target.type` of recordAudit calls in lib/), named under audit.target.*. */
const TARGET_TYPES = ["user", "api_token", "connection", "order"] as const;
type TargetType = (typeof TARGET_TYPES)[number];

const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(AUDIT_ACTIONS, action);
const isTargetType = (type: string): type is TargetType => (TARGET_TYPES as readonly string[]).includes(type);

interface Props {
  events: AuditEventView[] | undefined;
  usersById: Map<string, UserSummary>;
  stale: boolean;
}

export function AuditTable({ events, usersById, stale }: Props) {
  const t = useTranslations("audit.table");
  return (
    <Table
      label={t("label")}
      aria-busy={!events || stale || undefined}
      className={cn("transition-opacity", stale && "opacity-60")}
    >
      <HeaderRow columns={COLUMNS.map((column) => t(`columns.${column}`))} cellClassName="px-3 first:pl-4" />
      <TBody>
        {events
          ? events.map((event) => <EventRow key={event.id} event={event} usersById={usersById} />)
          : Array.from({ length: 8 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
              <tr key={i}>
                {COLUMNS.map((c, j) => (
                  <TD key={c}>
                    <Skeleton className={cn("h-4", j === 6 ? "w-40" : j === 4 ? "w-16 rounded-full" : "w-24")} />
                  </TD>
                ))}
              </tr>
            ))}
      </TBody>
    </Table>
  );
}

function EventRow({ event, usersById }: { event: AuditEventView; usersById: Map<string, UserSummary> }) {
  const t = useTranslations("audit");
  const locale = useLocale();
  const words = useDetailWords();
  const actor = event.actorId ? usersById.get(event.actorId) : undefined;
  // A token's name is already the Target; repeating it only widens the row.
  const details = describeDetails(event.details, "", event.targetType === "api_token" ? ["name"] : [], words);
  const target = describeTarget(event, usersById, (type) => (isTargetType(type) ? t(`target.${type}`) : type));
  return (
    <TR className="[&>td]:px-3 [&>td:first-child]:pl-4">
      <TD className="whitespace-nowrap">
        <time dateTime={event.at} title={formatExact(event.at, locale)}>
          {formatDateTime(event.at, locale)}
        </time>
      </TD>
      <TD className="max-w-44" title={actor ? `${actor.name} <${actor.email}>` : (event.actorEmail ?? undefined)}>
        <div className="truncate font-medium">{actor?.name ?? event.actorEmail ?? t("table.anonymous")}</div>
        {actor ? <div className="truncate text-xs text-muted">{actor.email}</div> : null}
      </TD>
      <TD className="whitespace-nowrap">{isAuditAction(event.action) ? t(`action.${event.action}`) : event.action}</TD>
      <TD className="max-w-44">
        {target ? (
          <div title={target.title}>
            <div className="truncate">{target.name}</div>
            <div className="text-xs text-muted">{target.kind}</div>
          </div>
        ) : (
          <span className="text-muted">—</span>
        )}
      </TD>
      <TD>
        <Badge tone={OUTCOME_TONES[event.outcome]}>{t(`outcome.${event.outcome}`)}</Badge>
      </TD>
      <TD className="whitespace-nowrap font-mono text-xs text-muted">{event.ip ?? "—"}</TD>
      <TD className="min-w-48 max-w-80 text-xs text-muted">
        {details.length > 0 ? (
          <span className="line-clamp-2 break-words" title={details.join("\n")}>
            {details.join(" · ")}
          </span>
        ) : (
          "—"
        )}
      </TD>
    </TR>
  );
}
