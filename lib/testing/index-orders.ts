// Orders of three connections for the index's tests: names with diacritics (and none), every stage, two
// currencies, spread over 17 days.
import type { Order, Stage } from "../domain/order";

export const CONNECTIONS = [
  { id: "00000000-0000-4000-8000-00000000000a", name: "Praha Home", platform: "retailys" as const },
  { id: "00000000-0000-4000-8000-00000000000b", name: "Chișinău Shop", platform: "ecom-md" as const },
  { id: "00000000-0000-4000-8000-00000000000c", name: "Istanbul Store", platform: "akinon-omnitron" as const },
];
const NAMES = ["Jan Novák", "Şule Özkan", "Ștefan Popescu", "Ana Ionescu", null, "İbrahim Çelik", "Petr Žák"];
const STAGES: Stage[] = ["pending", "processing", "shipped", "delivered", "cancelled"];

export function order(connection: (typeof CONNECTIONS)[number], index: number): Order {
  const name = NAMES[index % NAMES.length] ?? null;
  const cents = (index * 7919) % 100_000;
  return {
    connectionId: connection.id,
    platform: connection.platform,
    id: String(5000 + index),
    number: `${connection.name.slice(0, 2).toUpperCase()}-${5000 + index}`,
    // Few distinct instants, so ties are common.
    placedAt: new Date(Date.UTC(2026, 10, 1 + (index % 17), 10)).toISOString(),
    updatedAt: null,
    status: { code: `s${index % 5}`, label: `Status ${index % 5}`, stage: STAGES[index % STAGES.length]! },
    payment: { status: null, method: null, paid: null, reference: null },
    customer: { name, email: name ? null : `guest${index}@example.com`, phone: null },
    shippingAddress: null,
    billingAddress: null,
    lines: [
      {
        id: "1",
        sku: `SKU-${index % 9}`,
        ean: null,
        name: "x",
        variant: null,
        quantity: 1,
        unitPrice: null,
        taxRate: null,
        taxAmount: null,
        total: null,
        status: null,
        imageUrl: null,
        productUrl: null,
      },
    ],
    lineCount: 1,
    totals: {
      subtotal: null,
      shipping: null,
      discount: null,
      tax: null,
      total: {
        amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`,
        currency: index % 3 ? "EUR" : "CZK",
      },
    },
    shipping: { method: null, carrier: null, tracking: [] },
    invoice: null,
    extras: connection.platform === "akinon-omnitron" ? { sentToErp: index % 2 === 0 } : {},
    raw: { index },
  };
}
