// The action forms ask for what the platform needs: a carrier or a cancellation reason from the connection's
// own list when there is one, and the chosen code goes into the input.
import { describe, expect, it } from "vitest";
import type { AvailableAction } from "@/lib/domain/action";
import { buildInput, formFields } from "./action-fields";

const tracking: AvailableAction = {
  key: "add-tracking",
  type: "add-tracking",
  label: "Add tracking number",
  destructive: false,
};
const cancel: AvailableAction = { key: "cancel", type: "cancel", label: "Cancel order", destructive: true };

describe("action forms with the connection's lists", () => {
  it("types the carrier freely without a list, and chooses it from the list with one", () => {
    expect(formFields(tracking)?.find((field) => field.name === "carrier")).toMatchObject({
      kind: "text",
      required: false,
    });
    const listed = { ...tracking, choices: { carrier: [{ code: "7", label: "PPL" }] } };
    const fields = formFields(listed)!;
    expect(fields.find((field) => field.name === "carrier")).toMatchObject({ kind: "select", required: true });
    expect(buildInput(listed, fields, { trackingNumber: "123" })).toEqual({
      errors: { carrier: { kind: "required" } },
    });
    expect(buildInput(listed, fields, { trackingNumber: "123", carrier: "7" })).toEqual({
      input: { type: "add-tracking", trackingNumber: "123", carrier: "7" },
    });
  });

  it("asks for one of the platform's cancellation reasons only where it has a list", () => {
    expect(formFields(cancel)).toBeNull();
    const listed = { ...cancel, choices: { reason: [{ code: "3", label: "Out of stock" }] } };
    const fields = formFields(listed)!;
    expect(fields).toEqual([{ name: "reasonCode", kind: "select", required: true }]);
    expect(buildInput(listed, fields, { reasonCode: "3" })).toEqual({ input: { type: "cancel", reasonCode: "3" } });
  });
});

describe("what the form says is wrong", () => {
  const paid: AvailableAction = { key: "mark-paid", type: "mark-paid", label: "Mark as paid", destructive: false };
  const item: AvailableAction = { key: "add-item", type: "add-item", label: "Add item", destructive: false };
  const invoice: AvailableAction = {
    key: "create-invoice",
    type: "create-invoice",
    label: "Create invoice",
    requires: ["invoiceNumber"],
    destructive: false,
  };

  it("names each failed check, for the dialog to word in the user's language", () => {
    expect(buildInput(paid, formFields(paid)!, { amount: "12,50", reference: "x".repeat(121) })).toEqual({
      errors: { amount: { kind: "amount" }, reference: { kind: "tooLong", max: 120 } },
    });
    expect(buildInput(item, formFields(item)!, { sku: "MK-53", quantity: "0" })).toEqual({
      errors: { quantity: { kind: "wholeNumber" } },
    });
    expect(buildInput(invoice, formFields(invoice)!, { invoiceNumber: "F1", invoiceUrl: "not a url" })).toEqual({
      errors: { invoiceUrl: { kind: "url" } },
    });
  });
});
