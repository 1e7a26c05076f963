// Taking one of the steps an order offers, as a person fills in its form: each request with its own
// Idempotency-Key, now and then sent twice (a double click, a client's retry), every answer in the ledger.
import { chance, pick } from "./random.mjs";

/** Of the accepted actions, the share sent a second time with the same key. */
const REPLAY_SHARE = Number(process.env.SOAK_REPLAY_SHARE ?? 0.05);

export const orderPath = (connectionId, orderId) => `/api/orders/${connectionId}/${encodeURIComponent(orderId)}`;

/** Destructive steps (cancel, reject, delete) are taken less often than moving an order along. */
export function weightedAction(actions) {
  const weighted = actions.flatMap((action) => Array(action.destructive ? 1 : 4).fill(action));
  return pick(weighted);
}

let sequence = 0;

/** A unit price where the action asks for one: the order's first priced line's, as staff would copy it. */
function price(action, order) {
  if (!action.requires?.includes("unitPrice")) return {};
  return { unitPrice: order.lines.find((line) => line.unitPrice)?.unitPrice.amount.replace("-", "") ?? "10.00" };
}

/** The body a person would fill in for the action the order offers (`carriers`: seen on the shop's orders). */
function actionInput(action, order, runId, carriers) {
  const n = ++sequence;
  const { type } = action;
  switch (type) {
    case "set-status":
      return { type, status: action.status?.code ?? pick(action.statusOptions ?? [{ code: order.status.code }]).code };
    case "cancel": {
      const reason = action.choices?.reason?.[0]?.code;
      return { type, reason: "Customer asked (soak)", ...(reason ? { reasonCode: reason } : {}) };
    }
    case "create-invoice":
      return { type, invoiceNumber: `SOAK-${runId}-${n}` };
    case "add-tracking": {
      // The carrier the order already ships with, as a person would keep it, else one the shop's other orders use.
      const named = order.shipping?.carrier ?? (carriers.length > 0 ? pick(carriers) : "DPD");
      const carrier = action.choices?.carrier?.[0]?.code ?? (action.requires?.includes("carrier") ? named : undefined);
      return { type, trackingNumber: `SK${runId}${n}`, ...(carrier ? { carrier } : {}) };
    }
    case "reject-item":
    case "delete-item":
      return { type, lineId: action.lineId };
    case "edit-item":
      return { type, lineId: action.lineId, quantity: 2, ...price(action, order) };
    case "add-item":
      return {
        type,
        sku: order.lines.find((line) => line.sku)?.sku ?? "SOAK-SKU",
        quantity: 1,
        ...price(action, order),
      };
    case "add-note":
      return { type, text: `Called the customer (soak ${n})` };
    case "mark-paid":
      return { type, amount: order.totals.total.amount };
    default:
      return { type };
  }
}

/** Performs `action` (one of `order`'s available actions, read at `offeredAt`) as `ctx.user`. */
export async function performAction(ctx, order, action, offeredAt) {
  const input = actionInput(action, order, ctx.runId, ctx.world.carriersOf(order.connectionId));
  const key = `soak-${ctx.runId}-${crypto.randomUUID()}`;
  const target = { connectionId: order.connectionId, id: order.id, platform: order.platform };
  const send = async (replay) => {
    const startedAt = Date.now();
    const answer = await ctx.call(
      replay ? "action (replayed key)" : `action ${input.type}`,
      `${orderPath(order.connectionId, order.id)}/actions`,
      {
        method: "POST",
        body: input,
        headers: { "idempotency-key": key },
        platform: order.platform,
      },
    );
    const entry = {
      user: ctx.user,
      order: target,
      offeredAt,
      type: input.type,
      input,
      key,
      startedAt,
      endedAt: Date.now(),
      status: answer.status,
      accepted: answer.status >= 200 && answer.status < 300,
      replayed: answer.headers?.get("idempotent-replayed") === "true",
      statusAfter: answer.json?.order?.status?.code ?? null,
      message: answer.json?.error?.message ?? null,
    };
    ctx.ledger.actions.push(entry);
    return entry;
  };
  const first = await send(false);
  // A double submit (or a client's retry) with the same key: answered from the store, never sent again.
  if (first.accepted && chance(REPLAY_SHARE)) {
    const again = await send(true);
    ctx.ledger.replays.sent++;
    if (!again.replayed || again.status !== first.status) {
      ctx.ledger.replays.mismatches.push(
        `${input.type} on ${target.platform} ${target.id}: ${again.status}, replayed=${again.replayed}`,
      );
    }
  }
}
