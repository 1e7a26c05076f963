// The deterministic generator: `count` orders over the 120 days before `now`, ids ascending with date_created,
// repeat customers, split orders (parent_id), returns (rma_orders / return_source_id), invoices numbered in order.
import { Random } from "../core/random";
import { FIRST_GENERATED_ID, INVOICE_APP, INVOICE_NUMBER_DIGITS, INVOICE_PREFIX, SHOP_URL } from "./constants";
import { formatRo } from "./dates";
import { type Lifecycle, pickLifecycle } from "./lifecycle";
import { applyTotals } from "./lines";
import { buildOrder, type Customer, makeCustomer } from "./order-builder";
import { INTERNAL_NOTE_TEXTS, PAYMENT_STATUS_TEXT, SHIPPING_STATUS_TEXT } from "./reference";
import type { MpOrder } from "./types";

const DAY = 86_400_000;

interface Draft {
  order: MpOrder;
  createdMs: number;
  parent?: Draft;
  returnOf?: Draft;
  /** null: no invoice; else whether the invoice was cancelled (storno after a refund). */
  invoiceCancelled: boolean | null;
  notes: string[];
}

/** A stable 32-hex-digit token per order, like the hashes in MerchantPro's info/proforma/invoice urls. */
export function urlToken(id: number, salt: string): string {
  let seed = id >>> 0;
  for (const char of salt) seed = Math.imul(seed ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return new Random(seed).chars(32, "0123456789abcdef");
}

export function orderUrls(id: number): { info_url: string; proforma_url: string } {
  const token = urlToken(id, "info");
  return {
    info_url: `${SHOP_URL}/comanda/info/${token}/${id}`,
    proforma_url: `${SHOP_URL}/comanda/proforma/${token}/${id}`,
  };
}

export function invoiceFor(id: number, sequence: number, cancelled = false): NonNullable<MpOrder["invoice"]> {
  return {
    prefix: INVOICE_PREFIX,
    number: String(sequence).padStart(INVOICE_NUMBER_DIGITS, "0"),
    app: INVOICE_APP,
    cancelled,
    url: `${SHOP_URL}/comanda/invoice/${urlToken(id, "invoice")}/${id}`,
  };
}

function invoiceState(random: Random, life: Lifecycle): boolean | null {
  const chance: Partial<Record<Lifecycle["shipping"], number>> = { delivered: 0.95, shipped: 0.8, returned: 1 };
  if (life.shipping === "returned") return life.payment === "refunded";
  const p = chance[life.shipping] ?? (life.payment === "paid" ? (life.shipping === "in_process" ? 0.5 : 0.15) : 0);
  return random.chance(p) ? false : null;
}

/** The return order (RMA) of a returned order: its product lines, refunded, created after the delivery. */
function returnDraft(random: Random, original: Draft, now: number): Draft {
  const returnedMs = Date.parse(original.order.date_modified);
  const createdMs = Math.max(returnedMs, Math.min(now - 3_600_000, returnedMs + random.int(3_600_000, DAY)));
  const order: MpOrder = {
    ...structuredClone(original.order),
    shipping_status: "returned",
    shipping_status_text: SHIPPING_STATUS_TEXT.returned,
    payment_status: "refunded",
    payment_status_text: PAYMENT_STATUS_TEXT.refunded,
    shipping_awb: null,
    shipping_amount: 0,
    coupon_code: null,
    customer_note: null,
    customer_notification: null,
    tags: null,
    date_created: formatRo(createdMs),
    date_modified: formatRo(createdMs + random.int(3_600_000, DAY)),
    date_shipped: null,
    date_delivered: null,
  };
  order.line_items = order.line_items.filter((line) => line.item_type === "product");
  applyTotals(order);
  return { order, createdMs, returnOf: original, invoiceCancelled: null, notes: [] };
}

export function generateOrders(random: Random, count: number, now: number): MpOrder[] {
  const customers: Customer[] = Array.from({ length: Math.max(20, Math.round(count * 0.7)) }, (_, i) =>
    makeCustomer(random, 100 + i),
  );
  const lastOfCustomer = new Map<number, Draft>();
  const drafts: Draft[] = [];
  while (drafts.length < count) {
    const life = pickLifecycle(random, now);
    const customer = random.pick(customers);
    const order = buildOrder(random, life, customer, { eur: random.chance(0.07) });
    const notes = random.chance(0.12) ? [random.pick(INTERNAL_NOTE_TEXTS)] : [];
    const draft: Draft = { order, createdMs: life.createdMs, invoiceCancelled: invoiceState(random, life), notes };
    const previous = lastOfCustomer.get(customer.id);
    if (previous && previous.createdMs < draft.createdMs && random.chance(0.1)) draft.parent = previous;
    lastOfCustomer.set(customer.id, draft);
    drafts.push(draft);
    if (life.shipping === "returned" && drafts.length < count && random.chance(0.5)) {
      drafts.push(returnDraft(random, draft, now));
    }
  }
  drafts.sort((a, b) => a.createdMs - b.createdMs);
  drafts.forEach((draft, index) => {
    draft.order.id = FIRST_GENERATED_ID + index;
  });
  let invoiceSequence = 11; // the seed's only invoice is SERIE 0000010
  let noteId = 1;
  for (const draft of drafts) {
    const { order } = draft;
    Object.assign(order, orderUrls(order.id));
    if (draft.invoiceCancelled !== null)
      order.invoice = invoiceFor(order.id, invoiceSequence++, draft.invoiceCancelled);
    if (draft.notes.length > 0) order.internal_notes = draft.notes.map((text) => ({ id: noteId++, text }));
    if (draft.parent) order.parent_id = draft.parent.order.id;
    if (draft.returnOf) {
      order.return_source_id = draft.returnOf.order.id;
      draft.returnOf.order.rma_orders = [{ id: order.id, type: "return" }];
    }
  }
  return drafts.map((draft) => draft.order);
}
