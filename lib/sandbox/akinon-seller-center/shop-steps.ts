// One step of fulfilment for the shop controls: the order's least advanced items move on
// (100 Approve Waiting → 200 Approved → 300 Package Waiting → 400 Packaged → 500 Shipped → 600 Delivered),
// filling what the generator fills at that stage: the invoice at Packaged, the parcel at Shipped, the delivery date.
import type { Random } from "../core/random";
import { STATUS } from "./constants";
import { isoDateTime } from "./parse";
import { eArchiveUrl, invoiceNumber, shipment } from "./shipping";
import type { ItemRecord, OrderRecord } from "./types";

/** The carrier's estimate, as the generator writes it: three days after shipping [assumed]. */
const ESTIMATED_DELIVERY_MS = 3 * 86_400_000;

/** The order's e-archive invoice, issued now when its first item is packaged (one invoice per order). */
function invoiceOf(order: OrderRecord, rng: Random, now: number) {
  const wire = order.wire;
  if (wire.invoice_number === null) {
    const number = invoiceNumber(rng, now);
    wire.invoice_number = number;
    wire.invoice_date = isoDateTime(now);
    wire.e_archive_url = eArchiveUrl(number);
  }
  return { invoice_number: wire.invoice_number, invoice_date: wire.invoice_date, e_archive_url: wire.e_archive_url };
}

/** The order's parcel, handed to a carrier now when its first item ships. */
function parcelOf(order: OrderRecord, rng: Random) {
  const wire = order.wire;
  if (wire.tracking_number === null) {
    const parcel = shipment(rng);
    wire.tracking_number = parcel.trackingNumber;
    wire.shipping_company = parcel.company;
    wire.cargo_company = parcel.companyName;
  }
  return { tracking_number: wire.tracking_number, shipping_company: wire.shipping_company };
}

/** Moves the items in `status` (the order's, 100–500) one step on; answers whether any moved. */
export function stepItems(
  order: OrderRecord,
  items: readonly ItemRecord[],
  status: number,
  rng: Random,
  now: number,
): boolean {
  const moving = items.filter((item) => item.wire.status === status);
  const next = status + 100;
  for (const item of moving) {
    const wire = item.wire;
    wire.status = next;
    if (next === STATUS.packaged) Object.assign(wire, invoiceOf(order, rng, now));
    if (next === STATUS.shipped) {
      Object.assign(wire, parcelOf(order, rng));
      wire.shipped_date = isoDateTime(now);
      wire.estimated_delivery_date = isoDateTime(now + ESTIMATED_DELIVERY_MS);
    }
    if (next === STATUS.delivered) wire.delivered_date = isoDateTime(now);
    item.updatedAt = now;
  }
  return moving.length > 0;
}
