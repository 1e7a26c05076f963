// Turning an audit event's parts into short text for the table. Orderdeck's own words (field names, yes/no,
// a sign-in's reason, what kind of thing was acted on) come in the reader's language through DetailWords
// (use-detail-words.ts); what was recorded (names, emails, codes, a platform's answer) stays verbatim.
import { formatDateTime } from "@/lib/client/format";
import type { AuditEventView } from "@/lib/domain/audit";
import type { UserSummary } from "@/lib/domain/user";

/** How Orderdeck's own words in an event's details read. */
export interface DetailWords {
  /** For dates; without one, the browser's. */
  locale?: string;
  /** One field's name, e.g. "knownDevice"; a name without a translation as it is. */
  field: (key: string) => string;
  flag: (value: boolean) => string;
  /** A value Orderdeck wrote in its own words under `key` (a sign-in's reason), or undefined to show it as is. */
  own: (key: string, value: string) => string | undefined;
}

/** The details as recorded (field names in English), for callers that show them so. */
const AS_RECORDED: DetailWords = { field: (key) => key, flag: String, own: () => undefined };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function scalar(value: unknown, key: string, words: DetailWords): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") {
    if (ISO_INSTANT.test(value)) return formatDateTime(value, words.locale);
    return words.own(key, value) ?? value;
  }
  if (typeof value === "boolean") return words.flag(value);
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === "object" && value !== null && "from" in value && "to" in value;
}

/** `{ changes: { role: { from: "manager", to: "admin" } }, email: "x" }` → ["role: manager → admin", "email: x"]. */
export function describeDetails(
  details: Record<string, unknown>,
  prefix = "",
  skip: readonly string[] = [],
  words: DetailWords = AS_RECORDED,
): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (!prefix && skip.includes(key)) continue;
    const name = key === "changes" && !prefix ? "" : `${prefix}${words.field(key)}`;
    if (isChange(value)) out.push(`${name}: ${scalar(value.from, key, words)} → ${scalar(value.to, key, words)}`);
    else if (typeof value === "object" && value !== null && !Array.isArray(value))
      out.push(...describeDetails(value as Record<string, unknown>, name ? `${name}.` : "", [], words));
    else out.push(`${name}: ${scalar(value, key, words)}`);
  }
  return out;
}

/**
 * What an event acted on, e.g. `{ kind: "API token", name: "Nightly export" }`, or null. `kindOf` names a target
 * type in the reader's language (the type itself when it has no name).
 */
export function describeTarget(
  event: AuditEventView,
  usersById: Map<string, UserSummary>,
  kindOf: (type: string) => string,
): { kind: string; name: string; title: string } | null {
  if (!event.targetType) return null;
  const kind = kindOf(event.targetType);
  const id = event.targetId ?? "";
  const title = `${kind} ${id}`.trim();
  if (event.targetType === "user" && usersById.has(id)) return { kind, name: usersById.get(id)!.name, title };
  if (event.targetType === "api_token" && typeof event.details.name === "string")
    return { kind, name: event.details.name, title };
  return { kind, name: id.length > 12 ? `${id.slice(0, 8)}…` : id, title };
}
