// Turning an audit event's parts into short text for the table.
import { formatDateTime } from "@/lib/client/format";
import type { UserSummary } from "@/lib/domain/user";
import type { AuditEventView } from "@/lib/domain/audit";

const TARGET_LABELS: Record<string, string> = {
  user: "User",
  api_token: "API token",
  connection: "Connection",
  order: "Order",
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return ISO_INSTANT.test(value) ? formatDateTime(value) : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === "object" && value !== null && "from" in value && "to" in value;
}

/** `{ changes: { role: { from: "manager", to: "admin" } }, email: "x" }` → ["role: manager → admin", "email: x"]. */
export function describeDetails(details: Record<string, unknown>, prefix = "", skip: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (!prefix && skip.includes(key)) continue;
    const name = key === "changes" && !prefix ? "" : `${prefix}${key}`;
    if (isChange(value)) out.push(`${name}: ${scalar(value.from)} → ${scalar(value.to)}`);
    else if (typeof value === "object" && value !== null && !Array.isArray(value))
      out.push(...describeDetails(value as Record<string, unknown>, name ? `${name}.` : ""));
    else out.push(`${name}: ${scalar(value)}`);
  }
  return out;
}

/** What an event acted on, e.g. `{ kind: "API token", name: "Nightly export" }`, or null. */
export function describeTarget(
  event: AuditEventView,
  usersById: Map<string, UserSummary>,
): { kind: string; name: string; title: string } | null {
  if (!event.targetType) return null;
  const kind = TARGET_LABELS[event.targetType] ?? event.targetType;
  const id = event.targetId ?? "";
  const title = `${kind} ${id}`.trim();
  if (event.targetType === "user" && usersById.has(id)) return { kind, name: usersById.get(id)!.name, title };
  if (event.targetType === "api_token" && typeof event.details.name === "string")
    return { kind, name: event.details.name, title };
  return { kind, name: id.length > 12 ? `${id.slice(0, 8)}…` : id, title };
}
