// The four operations of the fault matrix (lib/orders/fault-matrix.test.ts) as a user meets them: the order list
// (read live, beside other connections), an order's page, an action with an Idempotency-Key, and "Test
// connection"; each answers whether it worked and the words the user was shown, as the API would show them.
import { and, eq, gt, max } from "drizzle-orm";
import { auditEvents } from "../db/schema";
import type { ActionInput, AvailableAction } from "../domain/action";
import { orderListQuery } from "../domain/query";
import { performAction } from "../orders/actions";
import { checkConnection } from "../orders/connection-check";
import { listOrdersLive } from "../orders/live-list";
import { getOrderDetail } from "../orders/order-detail";
import { shownFor } from "./fault-matrix";
import type { SandboxConnections } from "./sandbox-connections";

/** What one operation showed the user: success, or the failure's words (and kind, where the answer has one). */
export interface Seen {
  ok: boolean;
  message: string;
  kind?: string;
  /** The Retry-After the API passed on. */
  retryAfter?: string | null;
  /** What went wrong beside the message (the other connections, the audit entry, the replay). */
  problems: string[];
}

/** An order and an action its state allows now. */
export interface Target {
  orderId: string;
  input: ActionInput;
}

type Scene = Pick<SandboxConnections, "handle" | "admin">;

async function failureSeen(error: unknown): Promise<Seen> {
  const shown = await shownFor(error);
  const kind = shown.code.replace(/^platform_/, "");
  return { ok: false, message: shown.message, kind, retryAfter: shown.retryAfter, problems: [] };
}

/** The list of `connectionId` with `others` beside it: its error (or orders), and whether the others still list. */
export async function seeList(scene: Scene, connectionId: string, others: string[]): Promise<Seen> {
  const query = orderListQuery.parse({ connection: [connectionId, ...others], limit: "100" });
  const page = await listOrdersLive(scene.handle.db, query, { fresh: true });
  const problems: string[] = [];
  for (const other of others) {
    const error = page.errors.find((entry) => entry.connectionId === other);
    if (error) problems.push(`another connection (${error.connectionName}) failed too: ${error.message}`);
    else if (!page.orders.some((order) => order.connectionId === other)) {
      problems.push(`another connection (${other}) listed nothing`);
    }
  }
  const error = page.errors.find((entry) => entry.connectionId === connectionId);
  if (error) return { ok: false, message: error.message, kind: error.kind, problems };
  const unreadable = page.unreadable.find((entry) => entry.connectionId === connectionId);
  if (unreadable) return { ok: false, message: unreadable.message, problems };
  if (!page.orders.some((order) => order.connectionId === connectionId)) {
    problems.push("the connection listed no order and no error: the user is told nothing");
  }
  return { ok: true, message: "", problems };
}

export async function seeDetail(scene: Scene, connectionId: string, orderId: string): Promise<Seen> {
  try {
    await getOrderDetail(scene.handle.db, connectionId, orderId);
    return { ok: true, message: "", problems: [] };
  } catch (error) {
    return failureSeen(error);
  }
}

export async function seeConnectionTest(scene: Scene, connectionId: string): Promise<Seen> {
  const check = await checkConnection(scene.handle.db, scene.admin, connectionId, "::1");
  return { ok: check.ok, message: check.message ?? "", problems: [] };
}

/**
 * The action once, then again with the same Idempotency-Key: the second must be the first's answer replayed, and
 * the audit log must hold one entry with the outcome and words the user saw.
 */
export async function seeAction(scene: Scene, connectionId: string, target: Target, key: string): Promise<Seen> {
  const { db } = scene.handle;
  const [{ last } = { last: 0 }] = await db.select({ last: max(auditEvents.id) }).from(auditEvents);
  const request = { connectionId, orderId: target.orderId, input: target.input, idempotencyKey: key };
  let seen: Seen;
  try {
    const outcome = await performAction(db, scene.admin, request, "::1");
    seen = outcome.ok
      ? { ok: true, message: outcome.result.notice ?? "", problems: [] }
      : await failureSeen(outcome.error);
  } catch (error) {
    return { ...(await failureSeen(error)), problems: ["the action threw instead of answering"] };
  }
  const replay = await performAction(db, scene.admin, request, "::1").catch(() => null);
  if (!replay?.replayed) seen.problems.push("the same Idempotency-Key was not answered from the first attempt");
  const entries = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetId, `${connectionId}/${target.orderId}`), gt(auditEvents.id, last ?? 0)));
  const entry = entries.find((event) => event.action === "order.action");
  if (entries.length !== 1 || !entry) {
    seen.problems.push(`${entries.length} audit entries for one action (and its replay)`);
    return seen;
  }
  const upstream = (entry.details.upstream ?? {}) as { message?: string };
  if (entry.outcome !== (seen.ok ? "success" : "failure")) seen.problems.push(`audited as ${entry.outcome}`);
  if (!seen.ok && upstream.message !== seen.message) {
    seen.problems.push(`audited with "${upstream.message}", the user saw "${seen.message}"`);
  }
  return seen;
}

/** Actions that can be sent again and again (or to another line), in the order the matrix prefers them. */
const PREFERRED: ActionInput["type"][] = ["add-note", "mark-exported", "add-tracking", "set-status", "reject-item"];

function inputFor(action: AvailableAction): ActionInput | null {
  switch (action.type) {
    case "add-note":
      return { type: "add-note", text: "Fault matrix note" };
    case "mark-exported":
      return { type: "mark-exported" };
    case "add-tracking":
      return { type: "add-tracking", trackingNumber: "FM-0001", carrier: action.choices?.carrier?.[0]?.code };
    case "set-status": {
      const status = action.status?.code ?? action.statusOptions?.[0]?.code;
      return status ? { type: "set-status", status } : null;
    }
    case "reject-item":
      return action.lineId ? { type: "reject-item", lineId: action.lineId } : null;
    default:
      return null;
  }
}

/** The first of `orderIds` (read live, faults off) whose state allows one of the preferred actions now. */
export async function actionTarget(scene: Scene, connectionId: string, orderIds: readonly string[]): Promise<Target> {
  for (const orderId of orderIds) {
    const { actions } = await getOrderDetail(scene.handle.db, connectionId, orderId);
    for (const type of PREFERRED) {
      const input = actions
        .filter((action) => action.type === type)
        .map(inputFor)
        .find(Boolean);
      if (input) return { orderId, input };
    }
  }
  throw new Error(`no order of ${connectionId} offers any of ${PREFERRED.join(", ")}`);
}

/** The ids of the connection's newest orders, read live. */
export async function newestOrderIds(scene: Scene, connectionId: string): Promise<string[]> {
  const page = await listOrdersLive(scene.handle.db, orderListQuery.parse({ connection: connectionId, limit: "50" }));
  return page.orders.map((order) => order.id);
}
