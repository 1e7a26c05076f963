// An order as the index keeps it: the columns the list filters, sorts and searches on, the summary it sends,
// and a hash of the platform's own record so a re-read that changed nothing writes nothing.
import "server-only";
import { createHash } from "node:crypto";
import type { orderIndex } from "../db/schema";
import { type Order, STAGES, summarizeOrder } from "../domain/order";

export type IndexRow = typeof orderIndex.$inferInsert;

/**
 * The hash covers the platform's record and what we made of it: a changed mapping (a new Orderdeck version, a
 * renamed instance status) rewrites the row too. A platform that reorders the keys of an unchanged record
 * costs one needless rewrite, never a missed change.
 */
export function orderHash(order: Order): string {
  return createHash("sha256")
    .update(JSON.stringify([order.raw, summarizeOrder(order)]))
    .digest("base64url");
}

const clean = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

export function toIndexRow(order: Order, seenAt: Date, connectionName: string): IndexRow {
  const summary = summarizeOrder(order);
  const address = order.shippingAddress ?? order.billingAddress;
  const skus = [...new Set(order.lines.map((line) => clean(line.sku)).filter((sku): sku is string => sku !== null))];
  return {
    connectionId: order.connectionId,
    orderId: order.id,
    connectionName,
    number: order.number,
    placedAt: new Date(order.placedAt),
    updatedAt: order.updatedAt ? new Date(order.updatedAt) : null,
    customerName: clean(order.customer.name),
    customerEmail: clean(order.customer.email),
    customerPhone: clean(order.customer.phone),
    country: address?.countryCode ?? null,
    lineCount: order.lineCount,
    skus: skus.join(" "),
    total: order.totals.total.amount,
    currency: order.totals.total.currency,
    stage: order.status.stage,
    stageRank: STAGES.indexOf(order.status.stage),
    paymentStatus: order.payment.status?.code ?? null,
    statusCode: order.status.code,
    statusLabel: order.status.label,
    tracking: order.shipping.tracking.map((t) => t.number).join(" "),
    sentToErp: order.extras.sentToErp ?? null,
    summary,
    hash: orderHash(order),
    seenAt,
    indexedAt: seenAt,
    vanishedAt: null,
  };
}
