// Orderdeck's AdapterQuery → Retailys list parameters (snake_case). Native: `status` (status_id; several
// statuses are matched page by page here) and `placedAt` (from/to with an explicit offset). Stages only
// narrow the read with done/canceled where that cannot drop a match; the orders service checks them.
import type { Stage } from "../../domain/order";
import { parseDateTime } from "../time-zone";
import type { AdapterQuery, OrderFilterKey, OrderSort } from "../types";
import { LIST_ORDERING, PER_PAGE } from "./assumed";

export const FILTERS: ReadonlySet<OrderFilterKey> = new Set<OrderFilterKey>(["status", "placedAt"]);
export const SORTS: ReadonlySet<OrderSort> = new Set<OrderSort>([LIST_ORDERING]);

export interface Cursor {
  page: number;
  perPage: number;
  /** The instance pages oldest first: the walk goes from the last page back to page 1 (see walk.ts). */
  backwards?: true;
}

/**
 * Our cursor: "<page>:<per_page>" (":r" when walking backwards), so a resumed list keeps the page size and the
 * direction it started with (no gap, no repeat).
 */
export function decodeCursor(cursor: string | null, limit: number): Cursor {
  const match = cursor ? /^(\d+):(\d+)(:r)?$/.exec(cursor) : null;
  const clamp = (n: number) => Math.min(PER_PAGE.max, Math.max(PER_PAGE.min, Math.floor(n) || PER_PAGE.min));
  if (!match) return { page: 1, perPage: clamp(limit) };
  const position: Cursor = { page: Math.max(1, Number(match[1])), perPage: clamp(Number(match[2])) };
  return match[3] ? { ...position, backwards: true } : position;
}

export const encodeCursor = ({ page, perPage, backwards }: Cursor): string =>
  `${page}:${perPage}${backwards ? ":r" : ""}`;

/**
 * ISO-8601 with an explicit "+00:00" offset (the form Retailys documents), whole seconds: `from` rounds up and
 * `to` down, so the platform's inclusive bounds on whole-second dates match Orderdeck's exactly. A bound given
 * without an offset is a wall-clock time in `timeZone` (the connection's), never the server's.
 */
export function offsetIso(value: string, round: "up" | "down", timeZone = "UTC"): string | null {
  const ms = parseDateTime(value, timeZone);
  if (ms === null) return null;
  const seconds = round === "up" ? Math.ceil(ms / 1000) : Math.floor(ms / 1000);
  return `${new Date(seconds * 1000).toISOString().slice(0, 19)}+00:00`;
}

/** Stages that imply neither the done nor the canceled flag (STAGE_RULES puts those first). */
const OPEN_STAGES: readonly Stage[] = ["pending", "processing", "shipped", "delivered"];

function stageParams(stages: readonly Stage[] | undefined): Record<string, string> {
  if (!stages?.length) return {};
  if (stages.every((stage) => OPEN_STAGES.includes(stage))) return { done: "false", canceled: "false" };
  // A return is a delivered order that was canceled; "cancelled"/"completed" may also come from a status alone.
  if (stages.every((stage) => stage === "returned")) return { canceled: "true" };
  return {};
}

export interface ListPlan {
  query: Record<string, string | number>;
  /** Several statuses: the platform takes one status_id, so these are matched on each page here. */
  statusesHere: ReadonlySet<string> | null;
  /** The filters can match nothing (no numeric status id): no call is needed. */
  empty: boolean;
}

export function listPlan(q: AdapterQuery, cursor: Cursor, timeZone = "UTC"): ListPlan {
  const query: Record<string, string | number> = { page: cursor.page, per_page: cursor.perPage };
  const plan: ListPlan = { query, statusesHere: null, empty: false };
  Object.assign(query, stageParams(q.stages));
  if (q.statuses?.length) {
    const ids = [...new Set(q.statuses.map((s) => s.trim()).filter((s) => /^\d+$/.test(s)))];
    if (ids.length === 0) return { ...plan, empty: true };
    if (ids.length === 1) query.status_id = ids[0]!;
    else plan.statusesHere = new Set(ids);
  }
  const from = q.from ? offsetIso(q.from, "up", timeZone) : null;
  const to = q.to ? offsetIso(q.to, "down", timeZone) : null;
  if (from) query.from = from;
  if (to) query.to = to;
  return plan;
}
