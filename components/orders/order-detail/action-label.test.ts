// The page names an action from the catalogue by its type (or, for a fixed status move, its intent or move), not
// by the server's English label: in English the two must read the same, for every button an adapter offers.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { ACTION_TYPE_LABELS, ACTION_TYPES, ACTION_INTENTS, INTENT_LABELS } from "@/lib/domain/action";
import type { Order } from "@/lib/domain/order";
import { availableActions as omnitronActions } from "@/lib/platforms/akinon-omnitron/actions";
import { availableActions as merchantProActions } from "@/lib/platforms/merchantpro/actions";
import { SHIPPING_STATUSES } from "@/lib/platforms/merchantpro/statuses";
import { FLAG_MOVES } from "@/lib/platforms/retailys/actions";
import en from "@/messages/en.json";
import tr from "@/messages/tr.json";
import { actionLabel } from "./action-label";

const english = createTranslator({ locale: "en", messages: en, namespace: "actions" });
const turkish = createTranslator({ locale: "tr", messages: tr, namespace: "actions" });

/** Just what the adapters' availableActions read. */
const order = (fields: Record<string, unknown>) =>
  ({ status: { code: "", label: "" }, invoice: null, lines: [], extras: {}, ...fields }) as unknown as Order;

describe("action labels", () => {
  it("read in English as the domain's words for each type and intent", () => {
    for (const type of ACTION_TYPES) {
      expect(actionLabel(english, { key: type, type, label: "", destructive: false })).toBe(ACTION_TYPE_LABELS[type]);
    }
    for (const intent of ACTION_INTENTS) {
      const action = { key: "k", type: "set-status" as const, label: "", status: { code: "x", label: "X" }, intent };
      expect(actionLabel(english, { ...action, destructive: false })).toBe(INTENT_LABELS[intent]);
    }
  });

  it("read in English as every button MerchantPro, Omnitron and Retailys offer", () => {
    const offered = SHIPPING_STATUSES.flatMap((code) => merchantProActions(order({ status: { code, label: code } })));
    offered.push(
      ...omnitronActions(
        order({
          status: { code: "400", label: "" },
          extras: { sentToErp: false },
          lines: ["400", "450", "500"].map((code, i) => ({ id: String(i), status: { code, label: code } })),
        }),
      ),
    );
    expect(offered.length).toBeGreaterThan(10);
    for (const action of offered) expect(actionLabel(english, action)).toBe(action.label);
    for (const [code, move] of Object.entries(FLAG_MOVES)) {
      const action = { key: `set-status:${code}`, type: "set-status" as const, label: move.button, destructive: false };
      const status = { code, label: move.label };
      expect(actionLabel(english, { ...action, status, intent: move.intent })).toBe(move.button);
    }
  });

  it("keep the platform's status name verbatim inside Orderdeck's words", () => {
    const action = {
      key: "set-status:7",
      type: "set-status" as const,
      label: "",
      status: { code: "7", label: "Livrat" },
    };
    expect(actionLabel(turkish, { ...action, destructive: false })).toBe("Durumu ayarla: Livrat");
    expect(actionLabel(turkish, { key: "cancel", type: "cancel", label: "", destructive: true })).toBe(
      "Siparişi iptal et",
    );
  });
});
