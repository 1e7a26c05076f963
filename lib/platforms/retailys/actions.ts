// platforms.md section 6 for Retailys, PURE: what an order's flags (sent/delivered/done/canceled) and its paid
// vs money allow. The flags are wire facts, so they are read from `order.raw` with the wire schema.
import type { AvailableAction } from "../../domain/action";
import { compareDecimal } from "../../domain/decimal";
import type { Order } from "../../domain/order";
import { changeStatus, offer } from "../offer";
import { orderSchema, type RawOrder } from "./schema";
import type { InstanceStatus } from "./statuses";

/** The flag moves as "set-status" codes: words, so they never collide with the instance's numeric status ids. */
export const FLAG_MOVES = {
  sent: { path: "/sent", label: "Sent", button: "Mark as shipped", intent: "ship" },
  delivered: { path: "/delivered", label: "Delivered", button: "Mark as delivered", intent: "deliver" },
  done: { path: "/done", label: "Done", button: "Mark as done", intent: undefined },
} as const;
export type FlagMove = keyof typeof FLAG_MOVES;

export const isFlagMove = (code: string): code is FlagMove => Object.hasOwn(FLAG_MOVES, code);

function flagMove(move: FlagMove): AvailableAction {
  const { label, button, intent } = FLAG_MOVES[move];
  return offer("set-status", { label: button, status: { code: move, label }, intent });
}

function itemActions(order: Order): AvailableAction[] {
  return [
    offer("add-item", { requires: ["sku", "quantity", "unitPrice"] }),
    ...order.lines.flatMap((line) => [
      offer("edit-item", { lineId: line.id, requires: ["quantity", "unitPrice"] }),
      offer("delete-item", { lineId: line.id }),
    ]),
  ];
}

const owes = (raw: RawOrder) =>
  raw.money !== null && raw.money !== undefined && compareDecimal(raw.paid ?? "0", raw.money) < 0;

/** The buttons an order's state allows; "Change status" only when the instance's statuses are known. */
export function actionsFor(order: Order, statuses: readonly InstanceStatus[] | null): AvailableAction[] {
  const parsed = orderSchema.safeParse(order.raw);
  if (!parsed.success) return [];
  const raw = parsed.data;
  const { canceled, sent, delivered, done } = raw;
  const actions: AvailableAction[] = [];
  if (!canceled && !sent) actions.push(flagMove("sent"));
  if (sent && !delivered && !canceled) actions.push(flagMove("delivered"));
  if (!canceled && !done) actions.push(flagMove("done"), offer("cancel"));
  if (!canceled && owes(raw)) actions.push(offer("mark-paid", { requires: ["amount"] }));
  const options = (statuses ?? [])
    .filter((status) => status.code !== order.status.code)
    .map((status) => ({ code: status.code, label: status.label }));
  actions.push(...changeStatus(options));
  if (!canceled) {
    actions.push(
      offer("add-tracking", { requires: ["trackingNumber", "carrier"] }),
      offer("add-note", { requires: ["text"] }),
    );
  }
  if (!canceled && !sent) actions.push(...itemActions(order));
  return actions;
}
