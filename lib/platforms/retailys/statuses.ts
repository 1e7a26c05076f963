// Retailys statuses are per instance [vendor]: read from /System/Orders/Statuses and kept a few minutes per
// connection. The lifecycle lives in the flags, so the stage comes from STAGE_RULES (assumed.ts), not the name.
import "server-only";
import type { Stage } from "../../domain/order";
import { credentialsFingerprint } from "../session-cache";
import type { AdapterContext, Connection } from "../types";
import { PER_PAGE, STAGE_RULES, STATUSES_TTL_MS } from "./assumed";
import { getJson, ordersPath } from "./client";
import { type RawStatus, statusListSchema } from "./schema";

export interface InstanceStatus {
  code: string;
  label: string;
  sort: number;
  completes: boolean;
  cancels: boolean;
}

export interface StageFacts {
  canceled: boolean;
  delivered: boolean;
  done: boolean;
  sent: boolean;
  statusCancels: boolean;
  statusCompletes: boolean;
  fullyPaid: boolean;
}

const NO_FACTS: StageFacts = {
  canceled: false,
  delivered: false,
  done: false,
  sent: false,
  statusCancels: false,
  statusCompletes: false,
  fullyPaid: false,
};

/** The first rule of STAGE_RULES whose every condition holds. */
export function stageOf(facts: Partial<StageFacts>): Stage {
  const all = { ...NO_FACTS, ...facts };
  for (const rule of STAGE_RULES) {
    const conditions = Object.entries(rule.when) as [keyof StageFacts, boolean][];
    if (conditions.every(([name, value]) => all[name] === value)) return rule.stage;
  }
  return "pending";
}

/** A status on its own (the filter list): only its completeOrder/cancelOrder flags say anything about the stage. */
export const statusStage = (status: InstanceStatus): Stage =>
  stageOf({ statusCancels: status.cancels, statusCompletes: status.completes });

export function toInstanceStatus(raw: RawStatus, index: number): InstanceStatus {
  return {
    code: raw.id,
    label: raw.name,
    sort: raw.sort ?? index,
    completes: raw.completeOrder,
    cancels: raw.cancelOrder,
  };
}

/** Every status of the instance, following the list's pages, in the instance's `sort` order. */
export async function readStatuses(conn: Connection, ctx: AdapterContext): Promise<InstanceStatus[]> {
  const raw: RawStatus[] = [];
  for (let page = 1; page <= 20; page++) {
    const query = { page, per_page: PER_PAGE.max };
    const answer = await getJson(
      conn,
      ctx,
      { path: ordersPath(conn, "/Statuses"), query },
      statusListSchema,
      "statuses",
    );
    raw.push(...answer.statuses);
    if (answer.statuses.length === 0 || page >= (answer.paginator?.pages ?? 1)) break;
  }
  return raw.map(toInstanceStatus).sort((a, b) => a.sort - b.sort);
}

interface Cached {
  fingerprint: string;
  at: number;
  statuses: InstanceStatus[];
}

// Per connection id (availableActions only knows the order's connection id); the fingerprint of the base URL
// and token makes an edited connection read its statuses again.
const store = globalThis as typeof globalThis & { __orderdeckRetailysStatuses?: Map<string, Cached> };
store.__orderdeckRetailysStatuses ??= new Map();
const cache = store.__orderdeckRetailysStatuses;

const fingerprintOf = (conn: Connection) => credentialsFingerprint({ ...conn.credentials, "@baseUrl": conn.baseUrl });

/** The instance's statuses, from the cache when fresh. */
export async function instanceStatuses(conn: Connection, ctx: AdapterContext): Promise<InstanceStatus[]> {
  const fingerprint = fingerprintOf(conn);
  const hit = cache.get(conn.id);
  if (hit && hit.fingerprint === fingerprint && Date.now() - hit.at < STATUSES_TTL_MS) return hit.statuses;
  const statuses = await readStatuses(conn, ctx);
  cache.set(conn.id, { fingerprint, at: Date.now(), statuses });
  return statuses;
}

/** For labels: an order still reads when the status list does not (its label is then "Status <id>"). */
export function statusesForLabels(conn: Connection, ctx: AdapterContext): Promise<InstanceStatus[]> {
  return instanceStatuses(conn, ctx).catch(() => cache.get(conn.id)?.statuses ?? []);
}

/** The statuses last read for a connection (for "Change status"), or null when none were read yet. */
export function knownStatuses(connectionId: string): InstanceStatus[] | null {
  return cache.get(connectionId)?.statuses ?? null;
}
