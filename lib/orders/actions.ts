// Performing an order action: once per Idempotency-Key, against the platform (which stays the authority:
// its refusal is the answer, word for word), audited with the status before and after and the upstream's answer.
// Once a write has been sent, its outcome is final: whatever fails afterwards (the re-read, the audit) is
// stored with the key, so a retry replays the answer and never sends the write again.
import "server-only";
import { recordAudit } from "../audit/record";
import type { Db } from "../db";
import type { ActionInput } from "../domain/action";
import type { Order } from "../domain/order";
import type { CurrentUser } from "../domain/user";
import { isPlatformError, PlatformError } from "../platforms/errors";
import { getAdapter } from "../platforms/registry";
import type { AcceptedWrite, AdapterContext, Connection, PlatformAdapter } from "../platforms/types";
import { readChoices, withChoices } from "./action-choices";
import { type ActionOutcome, actionOutcomeCodec } from "./action-outcome";
import { getConnectionRow } from "./connection-rows";
import { toConnection } from "./connection-secrets";
import { orderHash } from "./index-row";
import { indexLiveOrder } from "./index-write";
import { once, requestHash } from "./idempotency";
import { forgetConnection } from "./page-cache";
import { contextFor } from "./upstream";
import { logError } from "../db/log-error";

export interface ActionRequest {
  connectionId: string;
  orderId: string;
  input: ActionInput;
  idempotencyKey: string;
}

/** The action's outcome; `replayed` when an earlier request with the same key had it (nothing was sent again). */
export async function performAction(
  db: Db,
  actor: CurrentUser,
  request: ActionRequest,
  ip: string,
): Promise<ActionOutcome & { replayed: boolean }> {
  const hash = requestHash([request.connectionId, request.orderId, request.input]);
  const { answer, replayed } = await once(
    db,
    actor.id,
    request.idempotencyKey,
    hash,
    () => run(db, actor, request, ip),
    actionOutcomeCodec,
  );
  return { ...answer, replayed };
}

/** The calls that may have changed something upstream (every call but a read or a sign-in). */
const writesSent = (ctx: AdapterContext) =>
  ctx.upstream.timings.filter((timing) => !timing.label.startsWith("GET ") && !timing.signIn);

/** Writes the platform answered with a 2xx: it took the change. */
const writesAccepted = (ctx: AdapterContext) =>
  writesSent(ctx).filter((timing) => typeof timing.status === "number" && timing.status >= 200 && timing.status < 300);

/** The adapter's write; a crash after a write went out is stored as an unknown outcome, never freed for a retry. */
async function write(
  adapter: PlatformAdapter,
  conn: Connection,
  orderId: string,
  input: ActionInput,
  ctx: AdapterContext,
) {
  try {
    return { accepted: await adapter.perform(conn, orderId, input, ctx) };
  } catch (error) {
    // The platform took the write (2xx) but its answer could not be read: the change is made, and calling it a
    // failure would have the user send it again. The re-read shows what the order is now.
    if (isPlatformError(error) && error.kind === "bad_response" && writesAccepted(ctx).length > 0) {
      console.warn(
        `orders: ${conn.name} accepted "${input.type}" on ${orderId}, with an answer we cannot read: ${error.message}`,
      );
      return { accepted: {} };
    }
    if (isPlatformError(error)) return { error };
    if (writesSent(ctx).length === 0) throw error; // nothing reached the platform: the key is freed, a retry is safe
    logError(`orders: ${input.type} on ${conn.name} crashed after writing`, error);
    const message = `Orderdeck failed after sending "${input.type}" to ${adapter.label}; check the order there before trying again.`;
    return { error: new PlatformError("bad_response", message) };
  }
}

/** The order as the platform has it after an accepted write, or why it could not be read. */
async function reread(
  adapter: PlatformAdapter,
  conn: Connection,
  orderId: string,
  accepted: AcceptedWrite,
  ctx: AdapterContext,
) {
  try {
    const order = await adapter.getOrder(conn, accepted.orderId ?? orderId, ctx);
    return { order, problem: accepted.check?.(order) ?? null };
  } catch (error) {
    if (!isPlatformError(error)) logError(`orders: re-reading ${conn.name} order ${orderId} crashed`, error);
    return { order: null, unread: isPlatformError(error) ? error.message : "Orderdeck could not read its answer" };
  }
}

async function run(
  db: Db,
  actor: CurrentUser,
  { connectionId, orderId, input }: ActionRequest,
  ip: string,
): Promise<ActionOutcome> {
  const row = await getConnectionRow(db, connectionId);
  const conn = toConnection(row);
  const adapter = getAdapter(conn.platform);
  const ctx = contextFor(conn);
  const started = performance.now();
  const before = await adapter.getOrder(conn, orderId, ctx).catch(() => null);
  const { type, ...parameters } = input;

  let outcome: ActionOutcome;
  let after: Order | null = null;
  let failure: string | null = null;
  let notice: string | null = null;
  const written = await write(adapter, conn, orderId, input, ctx);
  if (written.error) {
    failure = written.error.message;
    outcome = { ok: false, error: written.error };
  } else {
    const result = await reread(adapter, conn, orderId, written.accepted, ctx);
    after = result.order;
    if (result.problem) {
      failure = result.problem;
      outcome = { ok: false, error: new PlatformError("refused", result.problem) };
    } else if (result.order) {
      // The list shows the action's result at once, not at the next sync.
      await indexLiveOrder(db, result.order);
      const actions = withChoices(adapter.availableActions(result.order), await readChoices(adapter, conn, ctx));
      outcome = { ok: true, result: { order: result.order, actions, version: orderHash(result.order) } };
    } else {
      notice = `${adapter.label} accepted the change, but the order could not be re-read (${result.unread}). Reload it to see its state.`;
      outcome = { ok: true, result: { order: null, actions: [], notice } };
    }
  }
  forgetConnection(connectionId);
  // The upstream's answer to the write itself (the last non-GET call), for the audit trail.
  const sent = writesSent(ctx).at(-1);
  await recordAudit(db, {
    actor,
    action: "order.action",
    target: { type: "order", id: `${connectionId}/${orderId}` },
    outcome: failure ? "failure" : "success",
    ip,
    details: {
      connectionId,
      connectionName: row.name,
      platform: row.platform,
      orderId,
      orderNumber: after?.number ?? before?.number ?? orderId,
      action: type,
      parameters,
      statusBefore: before ? { code: before.status.code, label: before.status.label } : null,
      statusAfter: after ? { code: after.status.code, label: after.status.label } : null,
      upstream: { status: sent?.status ?? null, message: failure ?? notice ?? "ok" },
      durationMs: Math.round(performance.now() - started),
    },
  }).catch((error: unknown) => logError("orders: the audit entry of an action could not be written", error));
  return outcome;
}
