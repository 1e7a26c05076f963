// The seed document's examples are records of the sandbox: the same filtered list answers with the
// seed's page, field for field, and every id the examples reference resolves.
import { describe, expect, it } from "vitest";
import { SEED_PAGES, SEED_REFERENCES } from "./seed-examples";
import { type Page, sellerCenterForTests } from "./test-client";
import type { CancellationPlanWire, CustomerAddressWire, OrderItemWire, OrderWire } from "./types";

const { api } = sellerCenterForTests();

const first = <T>(page: { results: readonly unknown[] }) => page.results[0] as T;

describe("seed examples, verbatim", () => {
  it("ORI01: the order filtered by number is the seed's page", async () => {
    const order = first<OrderWire>(SEED_PAGES.orders);
    expect(await api.json(`/api/i1/orders/?number=${order.number}`)).toStrictEqual(SEED_PAGES.orders);
    expect(await api.json(`/api/i1/orders/${order.id}/`)).toStrictEqual(order);
  });

  it("ORI02: the order item filtered by its order is the seed's page", async () => {
    const item = first<OrderItemWire>(SEED_PAGES.orderItems);
    expect(await api.json(`/api/i1/order-items/?order=${item.order}`)).toStrictEqual(SEED_PAGES.orderItems);
    expect(await api.json(`/api/i1/order-items/${item.id}/`)).toStrictEqual(item);
  });

  it("CPI01: the cancellation plan filtered by its order is the seed's page", async () => {
    const plan = first<CancellationPlanWire>(SEED_PAGES.cancellationPlans);
    expect(await api.json(`/api/i1/cancellation-plans/?order=${plan.order}`)).toStrictEqual(
      SEED_PAGES.cancellationPlans,
    );
    expect(await api.json(`/api/i1/cancellation-plans/?invoice_number=1234&plan_type=cancel`)).toStrictEqual(
      SEED_PAGES.cancellationPlans,
    );
  });

  it("OCA01: the customer address filtered by id is the seed's page", async () => {
    const address = first<CustomerAddressWire>(SEED_PAGES.customerAddresses);
    expect(await api.json(`/api/i1/customer-addresses/?id=${address.id}`)).toStrictEqual(SEED_PAGES.customerAddresses);
    expect(await api.json(`/api/i1/customer-addresses/?identity_number=11111111111`)).toStrictEqual(
      SEED_PAGES.customerAddresses,
    );
  });

  it("keeps the seed's key order: the response text is the seed page re-serialized", async () => {
    const urls: [string, unknown][] = [
      ["/api/i1/orders/?number=45243493", SEED_PAGES.orders],
      ["/api/i1/order-items/?order=e819386c-b406-43dc-86c9-212ff633afe2", SEED_PAGES.orderItems],
      ["/api/i1/cancellation-plans/?order=6e5877a9-5a03-48e6-8425-d4be178de83e", SEED_PAGES.cancellationPlans],
      ["/api/i1/customer-addresses/?id=4c785dc6-0c69-4f84-aaa8-a34a932db75c", SEED_PAGES.customerAddresses],
    ];
    for (const [url, page] of urls) expect(await (await api.request(url)).text()).toBe(JSON.stringify(page));
  });
});

describe("records the seed examples reference", () => {
  it("the example order's address resolves through ?id=", async () => {
    const order = first<OrderWire>(SEED_PAGES.orders);
    expect(order.shipping_address).toBe(SEED_REFERENCES.exampleOrderAddressId);
    const page = await api.json<Page<CustomerAddressWire>>(`/api/i1/customer-addresses/?id=${order.billing_address}`);
    expect(page.count).toBe(1);
    expect(page.results[0]).toMatchObject({
      id: order.billing_address,
      country: "b08eb673-dcd4-483c-a8b9-59ed76b64a1b",
    });
    expect(page.results[0]?.phone_number).toMatch(/^05\d{9}$/);
  });

  it("the plan's order and both items exist, waiting for the cancellation the plan describes", async () => {
    const plan = first<CancellationPlanWire>(SEED_PAGES.cancellationPlans);
    const order = await api.json<OrderWire>(`/api/i1/orders/${plan.order}/`);
    expect(order).toMatchObject({
      id: SEED_REFERENCES.planOrderId,
      status: 700,
      cancel_status: "waiting",
      invoice_number: "1234",
    });
    const items = await api.json<Page<OrderItemWire>>(`/api/i1/order-items/?order=${plan.order}`);
    expect(items.results.map((item) => item.id).sort()).toEqual([...plan.order_items].sort());
    for (const item of items.results) {
      expect(item).toMatchObject({
        status: 700,
        cancel_status: "waiting",
        invoice_number: "1234",
        price_currency: order.currency,
      });
    }
    for (const id of [order.shipping_address, order.billing_address]) {
      expect((await api.json<Page<CustomerAddressWire>>(`/api/i1/customer-addresses/?id=${id}`)).count).toBe(1);
    }
  });
});
