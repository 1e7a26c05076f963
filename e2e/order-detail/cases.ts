// Each platform's actions as a person performs them on the detail page, and what the platform's own answer
// must show afterwards (read from the sandbox, never from Orderdeck).
import { expect, type Locator } from "@playwright/test";
import type { SandboxPlatformId } from "../../lib/sandbox/platforms";
import type { Detail } from "./find";
import type { Snapshot } from "./sandbox-orders";

export interface ActionCase {
  /** The button's name (and the dialog's submit / confirm button's). */
  label: string;
  kind: "click" | "form" | "confirm";
  /** Per-line actions (and "Add item") are clicked in the items table's section. */
  line?: boolean;
  want?: (detail: Detail) => boolean;
  fill?: (dialog: Locator) => Promise<void>;
  verify: (before: Snapshot, after: Snapshot) => void;
}

const stamp = Date.now().toString(36).toUpperCase();
const r = (s: Snapshot) => s.raw;
const atLeastTwoLines = (d: Detail) => d.order.lines.length >= 2;
const itemStatuses = (s: Snapshot) => JSON.stringify(s.items.map((i) => i.status ?? i.order_status));

/** The platforms' own action cases. Every platform gets the detail page's generic checks; a new one adds its
 *  actions here once it has some worth clicking through. */
export const ACTION_CASES: Partial<Record<SandboxPlatformId, ActionCase[]>> = {
  "ecom-md": [
    { label: "Change status", kind: "form", verify: (b, a) => expect(a.status).not.toBe(b.status) },
    { label: "Cancel order", kind: "confirm", verify: (_b, a) => expect(a.status).toBe("canceled") },
    {
      label: "Delete item",
      kind: "confirm",
      line: true,
      want: atLeastTwoLines,
      verify: (b, a) => expect(a.lines).toBe(b.lines - 1),
    },
  ],
  merchantpro: [
    { label: "Mark as shipped", kind: "click", verify: (_b, a) => expect(a.status).toBe("shipped") },
    { label: "Mark as delivered", kind: "click", verify: (_b, a) => expect(a.status).toBe("delivered") },
    { label: "Create invoice", kind: "click", verify: (_b, a) => expect(r(a).invoice).toBeTruthy() },
    {
      label: "Add tracking number",
      kind: "form",
      fill: (d) => d.getByLabel("Tracking number").fill(`AWB${stamp}`),
      verify: (_b, a) => expect(a.tracking).toContain(`AWB${stamp}`),
    },
    {
      label: "Add note",
      kind: "form",
      fill: (d) => d.getByLabel("Note").fill(`Packed by e2e ${stamp}`),
      verify: (_b, a) => expect(JSON.stringify(r(a).internal_notes)).toContain(`Packed by e2e ${stamp}`),
    },
    { label: "Cancel order", kind: "confirm", verify: (_b, a) => expect(a.status).toBe("cancelled") },
  ],
  "akinon-seller-center": [
    {
      label: "Reject item",
      kind: "confirm",
      line: true,
      verify: (b, a) => expect(itemStatuses(a)).not.toBe(itemStatuses(b)),
    },
  ],
  retailys: [
    { label: "Mark as shipped", kind: "click", verify: (_b, a) => expect(r(a).sent).toBe(true) },
    { label: "Mark as delivered", kind: "click", verify: (_b, a) => expect(r(a).delivered).toBe(true) },
    { label: "Mark as done", kind: "click", verify: (_b, a) => expect(r(a).done).toBe(true) },
    { label: "Cancel order", kind: "confirm", verify: (_b, a) => expect(r(a).canceled).toBe(true) },
    { label: "Mark as paid", kind: "form", verify: (_b, a) => expect(String(r(a).paid)).toBe(String(r(a).money)) },
    {
      label: "Add tracking number",
      kind: "form",
      fill: async (d) => {
        await d.getByLabel("Tracking number").fill(`Z${stamp}`);
        // The E2E connection maps no carriers: the carrier is the instance's shipper id (the sandbox's PPL is 2).
        await d.getByLabel("Carrier").fill("2");
      },
      verify: (_b, a) => expect(a.tracking).toContain(`Z${stamp}`),
    },
    {
      label: "Add note",
      kind: "form",
      fill: (d) => d.getByLabel("Note").fill(`Gift wrap ${stamp}`),
      verify: (_b, a) => expect(JSON.stringify(r(a).history)).toContain(`Gift wrap ${stamp}`),
    },
    { label: "Change status", kind: "form", verify: (b, a) => expect(a.status).not.toBe(b.status) },
    {
      label: "Edit item",
      kind: "form",
      line: true,
      fill: (d) => d.getByLabel("Quantity").fill("3"),
      verify: (_b, a) => expect(a.items.map((i) => i.count)).toContain(3),
    },
    {
      label: "Delete item",
      kind: "confirm",
      line: true,
      want: atLeastTwoLines,
      verify: (b, a) => expect(a.lines).toBe(b.lines - 1),
    },
    {
      label: "Add item",
      kind: "form",
      line: true,
      // An article of the sandbox shop's catalogue (Káva zrnková Brazil 1 kg).
      fill: async (d) => {
        await d.getByLabel("Product code (SKU)").fill("DP-2001");
        await d.getByLabel("Quantity").fill("2");
        await d.getByLabel("Unit price").fill("489.00");
      },
      verify: (b, a) => expect(a.lines).toBe(b.lines + 1),
    },
  ],
  "akinon-omnitron": [
    { label: "Mark as sent to ERP", kind: "click", verify: (_b, a) => expect(r(a).is_send).toBe(true) },
    {
      label: "Create invoice",
      kind: "form",
      fill: (d) => d.getByLabel("Invoice number").fill(`INV${stamp}`),
      verify: (_b, a) => expect(JSON.stringify(a.items)).toContain(`INV${stamp}`),
    },
    {
      label: "Add tracking number",
      kind: "form",
      fill: async (d) => {
        await d.getByLabel("Tracking number").fill(`YK${stamp}`);
        await d.getByLabel("Carrier").fill("Yurtiçi Kargo");
      },
      verify: (_b, a) => expect(a.tracking).toContain(`YK${stamp}`),
    },
    { label: "Mark as delivered", kind: "click", verify: (b, a) => expect(itemStatuses(a)).not.toBe(itemStatuses(b)) },
    {
      // The tenant's own cancellation reasons: the first one after "Choose…".
      label: "Cancel order",
      kind: "form",
      fill: (d) =>
        d
          .getByLabel("Cancellation reason")
          .selectOption({ index: 1 })
          .then(() => undefined),
      verify: (b, a) => expect(a.status).not.toBe(b.status),
    },
  ],
};
