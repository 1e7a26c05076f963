// Every cancellation-plan and customer-address filter of section 3, checked against the records themselves.
import { beforeAll, describe, expect, it } from "vitest";
import { expectFilter, expectInvalid, FakeClock, sellerCenterForTests } from "./test-client";
import type { CancellationPlanWire, CustomerAddressWire, OrderItemWire, OrderWire } from "./types";

const clock = new FakeClock(Date.now() - 3_600_000);
const { api } = sellerCenterForTests({ clock, count: 120 });
let plans: CancellationPlanWire[];
let addresses: CustomerAddressWire[];
let orders: Map<string, OrderWire>;

beforeAll(async () => {
  orders = new Map((await api.all<OrderWire>("/api/i1/orders/")).map((order) => [order.id, order]));
  plans = await api.all<CancellationPlanWire>("/api/i1/cancellation-plans/");
  addresses = await api.all<CustomerAddressWire>("/api/i1/customer-addresses/");
});

const plansWhere = (query: string, predicate: (plan: CancellationPlanWire) => boolean) =>
  expectFilter(api, "cancellation-plans", plans, query, predicate);
const addressesWhere = (query: string, predicate: (address: CustomerAddressWire) => boolean) =>
  expectFilter(api, "customer-addresses", addresses, query, predicate);

describe("cancellation plan filters", () => {
  it("order, order__number, order_items (repeatable: any of them)", async () => {
    const plan = plans.find((p) => p.order_items.length > 1) ?? plans[0]!;
    await plansWhere(`order=${plan.order}`, (p) => p.order === plan.order);
    const number = orders.get(plan.order)!.number;
    await plansWhere(`order__number=${number}`, (p) => orders.get(p.order)?.number === number);
    const [a, b] = [plan.order_items[0]!, plans.at(-1)!.order_items[0]!];
    await plansWhere(`order_items=${a}`, (p) => p.order_items.includes(a));
    await plansWhere(
      `order_items=${a}&order_items=${b}`,
      (p) => p.order_items.includes(a) || p.order_items.includes(b),
    );
  });

  it("refund_amount, discount_refund_amount, shipping_refund_amount (exact decimals)", async () => {
    const withShipping = plans.find((p) => p.shipping_refund_amount !== "0.00" && p.shipping_refund_amount !== "1.00")!;
    await plansWhere(
      `refund_amount=${withShipping.refund_amount}`,
      (p) => p.refund_amount === withShipping.refund_amount,
    );
    await plansWhere("discount_refund_amount=0", (p) => p.discount_refund_amount === "0.00");
    await plansWhere(
      `shipping_refund_amount=${withShipping.shipping_refund_amount.replace(/0$/, "")}`,
      (p) => p.shipping_refund_amount === withShipping.shipping_refund_amount,
    );
  });

  it("status, plan_type (choices), invoice_number, payment_plan (JSON)", async () => {
    await plansWhere("status=completed", (p) => p.status === "completed");
    await plansWhere("status=waiting", (p) => p.status === "waiting");
    await plansWhere("plan_type=refund", (p) => p.plan_type === "refund");
    await plansWhere("plan_type=cancel", (p) => p.plan_type === "cancel");
    await plansWhere("invoice_number=1234", (p) => p.invoice_number === "1234");
    expect(await api.all("/api/i1/cancellation-plans/?payment_plan={}")).toHaveLength(plans.length);
    expect(await api.all('/api/i1/cancellation-plans/?payment_plan={"refund":"1.00"}')).toHaveLength(0);
  });

  it("created_at__date splits the plans by the day they were created", async () => {
    // A reject now creates a plan stamped with the (fake) clock: it shows up on that day.
    const item = (await api.all<OrderItemWire>("/api/i1/order-items/?status=200"))[0]!;
    expect((await api.request(`/api/i1/order-items/${item.id}/reject/`, { method: "POST" })).status).toBe(204);
    const today = new Date(clock.ms).toISOString().slice(0, 10);
    const created = await api.all<CancellationPlanWire>(`/api/i1/cancellation-plans/?created_at__date=${today}`);
    expect(created.map((p) => p.order_items)).toContainEqual([item.id]);
    const all = await api.all<CancellationPlanWire>("/api/i1/cancellation-plans/");
    const days = Array.from({ length: 128 }, (_, i) =>
      new Date(clock.ms - (i - 1) * 86_400_000).toISOString().slice(0, 10),
    );
    const byDay = await Promise.all(
      days.map((day) => api.all<CancellationPlanWire>(`/api/i1/cancellation-plans/?created_at__date=${day}`)),
    );
    const ids = byDay.flat().map((p) => p.id);
    expect(ids.sort()).toEqual(all.map((p) => p.id).sort());
    expect(await api.all("/api/i1/cancellation-plans/?created_at__date=2019-01-01")).toHaveLength(0);
  });

  it("refuses values Django refuses", async () => {
    await expectInvalid(api, "/api/i1/cancellation-plans/?status=done", {
      status: ["Select a valid choice. done is not one of the available choices."],
    });
    await expectInvalid(api, "/api/i1/cancellation-plans/?created_at__date=yesterday", {
      created_at__date: ["Enter a valid date."],
    });
    await expectInvalid(api, "/api/i1/cancellation-plans/?order_items=xyz", {
      order_items: ["“xyz” is not a valid value."],
    });
    await expectInvalid(api, "/api/i1/cancellation-plans/?payment_plan={", { payment_plan: ["Enter a valid JSON."] });
    await expectInvalid(api, "/api/i1/cancellation-plans/?refund_amount=ten", { refund_amount: ["Enter a number."] });
  });
});

describe("customer address filters", () => {
  it("id, in any spelling UUIDField accepts", async () => {
    const address = addresses[3]!;
    await addressesWhere(`id=${address.id}`, (a) => a.id === address.id);
    await addressesWhere(`id=${address.id.replace(/-/g, "").toUpperCase()}`, (a) => a.id === address.id);
    await expectInvalid(api, "/api/i1/customer-addresses/?id=123", { id: ["Enter a valid UUID."] });
  });

  it("every text field, exactly", async () => {
    const company = addresses.find((a) => a.company_name !== null)!;
    const noted = addresses.find((a) => a.notes !== null)!;
    const fields = ["email", "phone_number", "first_name", "last_name", "line", "postcode", "identity_number"] as const;
    for (const field of fields) {
      const value = addresses[7]![field] ?? "";
      await addressesWhere(`${field}=${encodeURIComponent(value)}`, (a) => a[field] === value);
    }
    for (const field of ["company_name", "tax_office", "tax_no"] as const) {
      const value = company[field]!;
      await addressesWhere(`${field}=${encodeURIComponent(value)}`, (a) => a[field] === value);
    }
    await addressesWhere(`notes=${encodeURIComponent(noted.notes!)}`, (a) => a.notes === noted.notes);
  });

  it("is_active, e_bill_taxpayer", async () => {
    await addressesWhere("is_active=false", (a) => !a.is_active);
    await addressesWhere("is_active=True", (a) => a.is_active);
    await addressesWhere("e_bill_taxpayer=1", (a) => a.e_bill_taxpayer);
    await addressesWhere("e_bill_taxpayer=false", (a) => !a.e_bill_taxpayer);
  });

  it("country, city, township, district (foreign keys)", async () => {
    const istanbul = "2e1adb7c-e1e8-471a-a483-0257d52fb0bc";
    await addressesWhere(`city=${istanbul}`, (a) => a.city === istanbul);
    const sample = addresses.find((a) => a.city !== istanbul)!;
    await addressesWhere(`township=${sample.township}`, (a) => a.township === sample.township);
    await addressesWhere(`district=${sample.district}`, (a) => a.district === sample.district);
    expect(await api.all(`/api/i1/customer-addresses/?country=${sample.country}`)).toHaveLength(addresses.length);
    await expectInvalid(api, `/api/i1/customer-addresses/?city=${sample.country}`, {
      city: ["Select a valid choice. That choice is not one of the available choices."],
    });
  });
});
