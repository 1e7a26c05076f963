"use client";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { HeaderRow, Table, TBody, TD, TR } from "@/components/ui/table";
import { cn } from "@/lib/client/cn";
import { formatDateTime, formatExact } from "@/lib/client/format";
import type { UserSummary } from "@/lib/domain/user";
import { AUDIT_ACTIONS, type AuditEventView } from "@/lib/domain/audit";
import { describeDetails, describeTarget } from "./describe";

const OUTCOMES: Record<AuditEventView["outcome"], { label: string; tone: BadgeTone }> = {
  success: { label: "Success", tone: "success" },
  failure: { label: "Failure", tone: "danger" },
  denied: { label: "Denied", tone: "warning" },
};

const COLUMNS = ["When", "Who", "Action", "Target", "Outcome", "IP", "Details"];

interface Props {
  events: AuditEventView[] | undefined;
  usersById: Map<string, UserSummary>;
  stale: boolean;
}

export function AuditTable({ events, usersById, stale }: Props) {
  return (
    <Table
      label="Audit events"
      aria-busy={!events || stale || undefined}
      className={cn("transition-opacity", stale && "opacity-60")}
    >
      <HeaderRow columns={COLUMNS} cellClassName="px-3 first:pl-4" />
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
  const actor = event.actorId ? usersById.get(event.actorId) : undefined;
  // A token's name is already the Target; repeating it only widens the row.
  const details = describeDetails(event.details, "", event.targetType === "api_token" ? ["name"] : []);
  const target = describeTarget(event, usersById);
  const outcome = OUTCOMES[event.outcome];
  return (
    <TR className="[&>td]:px-3 [&>td:first-child]:pl-4">
      <TD className="whitespace-nowrap">
        <time dateTime={event.at} title={formatExact(event.at)}>
          {formatDateTime(event.at)}
        </time>
      </TD>
      <TD className="max-w-44" title={actor ? `${actor.name} <${actor.email}>` : (event.actorEmail ?? undefined)}>
        <div className="truncate font-medium">{actor?.name ?? event.actorEmail ?? "Anonymous"}</div>
        {actor ? <div className="truncate text-xs text-muted">{actor.email}</div> : null}
      </TD>
      <TD className="whitespace-nowrap">{AUDIT_ACTIONS[event.action as keyof typeof AUDIT_ACTIONS] ?? event.action}</TD>
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
        <Badge tone={outcome.tone}>{outcome.label}</Badge>
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
