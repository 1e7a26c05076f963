// An order as the index keeps it: the columns the list filters, sorts and searches on, the summary it sends,
// and a hash of those, so a re-read that changed nothing the index keeps writes nothing.
import "server-only";
import { createHash } from "node:crypto";
import type { orderIndex } from "../db/schema";
import { type Order, STAGES, summarizeOrder } from "../domain/order";

export type IndexRow = typeof orderIndex.$inferInsert;

const clean = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** What the index keeps of an order (everything but the connection's name and the sync's own marks). */
function indexedContent(order: Order) {
  const address = order.shippingAddress ?? order.billingAddress;
  const skus = [...new Set(order.lines.map((line) => clean(line.sku)).filter((sku): sku is string => sku !== null))];
  return {
    connectionId: order.connectionId,
    orderId: order.id,
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
    summary: summarizeOrder(order),
  };
}

/**
 * The order's version: a hash of what the index keeps of it, not of the platform's raw record, which differs
 * between the list and the single-order answer of the same order (an order page's read would otherwise rewrite
 * the row and announce a change that is none). A change the index does not keep (a line's image) is no new
 * version; nor is the update time alone, which some platforms give only in the single-order answer (Retailys
 * reads it from the order's history). version-parity.test.ts holds every adapter to this.
 */
export function orderHash(order: Order): string {
  return hashOf(indexedContent(order));
}

function hashOf(content: ReturnType<typeof indexedContent>): string {
  const versioned = { ...content, updatedAt: null, summary: { ...content.summary, updatedAt: null } };
  return createHash("sha256").update(JSON.stringify(versioned)).digest("base64url");
}

export function toIndexRow(order: Order, seenAt: Date, connectionName: string): IndexRow {
  const content = indexedContent(order);
  return { ...content, connectionName, hash: hashOf(content), seenAt, indexedAt: seenAt, vanishedAt: null };
}
