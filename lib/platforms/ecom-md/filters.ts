// Orderdeck's AdapterQuery → ECOM.md's list parameters. Native: `status` (comma list; stages become the
// statuses of that stage) and `ordering` by created_at. `created_after` (Unix SECONDS) narrows the read,
// but placedAt is not declared native: there is no created_before, so the orders service checks both bounds.
import type { Stage } from "../../domain/order";
import type { OrderFilterKey, OrderSort } from "../types";
import { ECOM_ASSUMED } from "./assumed";
import { ECOM_STATUSES, normalizeStatus, STAGE_BY_STATUS } from "./constants";

export const FILTERS: ReadonlySet<OrderFilterKey> = new Set<OrderFilterKey>(["status", "stage"]);
export const SORTS: ReadonlySet<OrderSort> = new Set<OrderSort>(["placed_desc", "placed_asc"]);

export interface ListParams {
  query: Record<string, string | number>;
  /** True when the filters can match nothing (e.g. a status outside the chosen stages): skip the call. */
  empty: boolean;
}

const statusesOfStages = (stages: readonly Stage[]): string[] =>
  ECOM_STATUSES.filter((s) => stages.includes(STAGE_BY_STATUS[s]));

/** The wanted status codes in snake_case, or null for "any". */
function wantedStatuses(
  statuses: readonly string[] | undefined,
  stages: readonly Stage[] | undefined,
): string[] | null {
  const byStatus = statuses?.length ? statuses.map((s) => normalizeStatus(s) ?? s.trim()) : null;
  const byStage = stages?.length ? statusesOfStages(stages) : null;
  if (byStatus && byStage) return byStatus.filter((s) => byStage.includes(s));
  return byStatus ?? byStage;
}

/** Our cursor: "<page>:<page_size>", so a resumed list keeps the page size it started with. */
export function decodeCursor(cursor: string | null, limit: number): { page: number; size: number } {
  const match = cursor ? /^(\d+):(\d+)$/.exec(cursor) : null;
  if (match) return { page: Math.max(1, Number(match[1])), size: Math.max(1, Number(match[2])) };
  return { page: 1, size: Math.min(Math.max(1, Math.floor(limit)), ECOM_ASSUMED.maxPageSize) };
}

export const encodeCursor = (page: number, size: number): string => `${page}:${size}`;

export function listParams(
  q: { statuses?: string[]; stages?: Stage[]; from?: string; sort: OrderSort },
  page: number,
  size: number,
): ListParams {
  const query: Record<string, string | number> = {
    page,
    page_size: size,
    // Unsupported sorts (by total) fall back to newest first; the orders service merges by its own key.
    ordering: q.sort === "placed_asc" ? "created_at" : "-created_at",
  };
  const statuses = wantedStatuses(q.statuses, q.stages);
  if (statuses && statuses.length === 0) return { query, empty: true };
  if (statuses) query.status = [...new Set(statuses)].join(",");
  const fromMs = q.from ? Date.parse(q.from) : Number.NaN;
  if (!Number.isNaN(fromMs)) {
    query.created_after = Math.floor(fromMs / 1000) - ECOM_ASSUMED.createdAfterSlackSeconds;
  }
  return { query, empty: false };
}
