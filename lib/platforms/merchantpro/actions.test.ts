// availableActions against platforms.md section 6, state by state (allowed and forbidden).
import { describe, expect, it } from "vitest";
import { availableActions } from "./actions";
import { DEFAULT_TIME_ZONE } from "./assumed";
import getOrder from "./fixtures/get-order-12345001.json" with { type: "json" };
import { toOrder } from "./mappers";

/** The seed's order in a given shipping status, with or without an invoice. */
function orderIn(shipping_status: string, invoice: unknown = null) {
  return toOrder({ ...getOrder, shipping_status, shipping_status_text: null, invoice }, "c", DEFAULT_TIME_ZONE);
}
const keys = (shipping: string, invoice: unknown = null) =>
  availableActions(orderIn(shipping, invoice)).map((a) => a.key);
const INVOICE = getOrder.invoice;
const ALWAYS = ["add-tracking", "add-note"];

describe("availableActions", () => {
  it.each([
    ["temporary", ["cancel", "create-invoice", ...ALWAYS]],
    ["awaiting", ["set-status:in_process", "set-status:shipped", "cancel", "create-invoice", ...ALWAYS]],
    ["confirmed", ["set-status:in_process", "set-status:shipped", "cancel", "create-invoice", ...ALWAYS]],
    ["in_process", ["set-status:shipped", "cancel", "create-invoice", ...ALWAYS]],
    ["shipped", ["set-status:delivered", "set-status:returned", "create-invoice", ...ALWAYS]],
    ["delivered", ["set-status:returned", "create-invoice", ...ALWAYS]],
    ["returned", ["create-invoice", ...ALWAYS]],
    ["cancelled", ["add-note"]],
  ])("%s (no invoice) → %j", (shipping, expected) => {
    expect(keys(shipping)).toEqual(expected);
  });

  it("offers no invoice once one exists", () => {
    expect(keys("awaiting", INVOICE)).not.toContain("create-invoice");
    expect(keys("delivered", INVOICE)).toEqual(["set-status:returned", ...ALWAYS]);
  });

  it("offers only tracking and a note on an unknown status (the platform decides its moves)", () => {
    expect(keys("at_locker", INVOICE)).toEqual(["add-tracking", "add-note"]);
  });

  it("uses the agreed labels, statuses, form fields and marks cancel destructive", () => {
    const actions = availableActions(orderIn("awaiting"));
    const byKey = Object.fromEntries(actions.map((action) => [action.key, action]));
    expect(byKey["set-status:in_process"]).toEqual({
      key: "set-status:in_process",
      type: "set-status",
      label: "Mark as in process",
      status: { code: "in_process", label: "In process" },
      destructive: false,
    });
    expect(byKey["set-status:shipped"]?.label).toBe("Mark as shipped");
    expect(byKey.cancel).toMatchObject({ type: "cancel", label: "Cancel order", destructive: true });
    expect(byKey["create-invoice"]).toMatchObject({
      type: "create-invoice",
      label: "Create invoice",
      destructive: false,
    });
    expect(byKey["add-tracking"]).toMatchObject({ label: "Add tracking number", requires: ["trackingNumber"] });
    expect(byKey["add-note"]).toMatchObject({ label: "Add note", requires: ["text"] });
    const shipped = availableActions(orderIn("shipped")).map((action) => action.label);
    expect(shipped).toEqual(expect.arrayContaining(["Mark as delivered", "Mark as returned"]));
  });
});
