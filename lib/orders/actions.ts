// Performing an order action: once per Idempotency-Key, against the platform (which stays the authority:
// its refusal is the answer, word for word), audited with the status before and after and the upstream's answer.
import "server-only";
import { errorResponse } from "../api/errors";
import { recordAudit } from "../audit/record";
import type { Db } from "../db";
import type { ActionInput } from "../domain/action";
import type { CurrentUser } from "../domain/user";
import { isPlatformError } from "../platforms/errors";
import { getAdapter } from "../platforms/registry";
import { getConnectionRow, toConnection } from "./connections";
import { once, requestHash, type StoredResponse } from "./idempotency";
import { forgetConnection } from "./page-cache";
import { contextFor } from "./upstream";

export interface ActionRequest {
  connectionId: string;
  orderId: string;
  input: ActionInput;
  idempotencyKey: string;
}

export async function performAction(db: Db, actor: CurrentUser, request: ActionRequest, ip: string) {
  const hash = requestHash([request.connectionId, request.orderId, request.input]);
  return once(db, actor.id, request.idempotencyKey, hash, () => run(db, actor, request, ip));
}

async function run(db: Db, actor: CurrentUser, { connectionId, orderId, input }: ActionRequest, ip: string): Promise<StoredResponse> {
  const row = await getConnectionRow(db, connectionId);
  const conn = toConnection(row);
  const adapter = getAdapter(conn.platform);
  const ctx = contextFor(conn);
  const started = performance.now();
  const before = await adapter.getOrder(conn, orderId, ctx).catch(() => null);
  const { type, ...parameters } = input;
  let response: StoredResponse;
  let after: Awaited<ReturnType<typeof adapter.perform>> | null = null;
  let failure: string | null = null;
  try {
    after = await adapter.perform(conn, orderId, input, ctx);
    response = { status: 200, body: { order: after, actions: adapter.availableActions(after) } };
  } catch (error) {
    if (!isPlatformError(error)) throw error;
    failure = error.message;
    const rendered = errorResponse(error);
    response = { status: rendered.status, body: await rendered.json() };
  }
  forgetConnection(connectionId);
  // The upstream's answer to the write itself (the last non-GET call), for the audit trail.
  const write = [...ctx.upstream.timings].reverse().find((timing) => !timing.label.startsWith("GET "));
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
      upstream: { status: write?.status ?? null, message: failure ?? "ok" },
      durationMs: Math.round(performance.now() - started),
    },
  });
  return response;
}
