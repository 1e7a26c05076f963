// The sandbox's in-memory order: money in integer cents (rendered as JSON numbers), dates in ms since epoch.

export interface Address {
  name: string;
  street: string;
  city: string;
  zip: string;
  stateCode: string;
  phone: string | null;
  email: string;
}

export interface Billing extends Address {
  companyNr: string | null;
  companyVat: string | null;
}

export interface Item {
  id: number;
  article: string;
  name: string;
  /** Pieces to deliver. */
  count: number;
  /** Pieces the customer ordered; stays when count is edited [assumed meaning]. */
  ordered: number;
  /** Pieces not yet in stock [assumed meaning]. */
  waitingCount: number;
  note: string | null;
  /** Unit price including VAT after discount (finalPrice). */
  unitCents: number;
  /** Unit price including VAT before discount (priceOriginal). */
  originalCents: number;
  vat: number;
}

export interface Charge {
  name: string;
  cents: number;
}

export interface Tracking {
  shipperId: number;
  trackingNumber: string;
  trackingUrl: string | null;
}

export interface HistoryEntry {
  id: number;
  type: string;
  date: number;
  name: string;
  status: string;
}

export interface Order {
  id: number;
  customer: number | null;
  company: number | null;
  channelId: number;
  dateOrder: number;
  dateMaturity: number | null;
  billing: Billing;
  delivery: Address;
  note: string | null;
  ourNote: string | null;
  currency: string;
  currencyRate: number;
  paidCents: number;
  datePaid: number | null;
  items: Item[];
  weightGrams: number;
  /** null when an order was created without one. */
  shipping: Charge | null;
  payment: Charge | null;
  trackings: Tracking[];
  sent: boolean;
  delivered: boolean;
  done: boolean;
  canceled: boolean;
  statusId: number;
  orderUrl: string;
  invoiceUrl: string | null;
  externalOrderId: string | null;
  history: HistoryEntry[];
}

export function orderTotalCents(order: Order): number {
  let total = (order.shipping?.cents ?? 0) + (order.payment?.cents ?? 0);
  for (const item of order.items) total += item.unitCents * item.count;
  return total;
}
