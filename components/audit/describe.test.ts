// The audit table's words: English reads exactly as the page did before translation (the catalogue's English is
// what lib/domain says and the recorded field names themselves), and other languages translate only Orderdeck's
// own words in the details.
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/domain/audit";
import en from "@/messages/en.json";
import ro from "@/messages/ro.json";
import { type DetailWords, describeDetails } from "./describe";
import { REASONS } from "./use-detail-words";

/** What useDetailWords gives for a catalogue (the hook's logic without React). */
function wordsOf(catalogue: typeof en): DetailWords {
  const { field, value, reason } = catalogue.audit;
  return {
    locale: "en",
    field: (key) => (Object.hasOwn(field, key) ? field[key as keyof typeof field] : key),
    flag: (flag) => (flag ? value.true : value.false),
    own: (key, text) =>
      key === "reason" && Object.hasOwn(REASONS, text) ? reason[REASONS[text as keyof typeof REASONS]] : undefined,
  };
}

const details = {
  email: "ana@example.com",
  changes: { role: { from: "manager", to: "admin" }, active: { from: true, to: false } },
  reason: "wrong password",
  upstream: { status: 422, message: "Order is already shipped" },
  someOption: "x",
};

describe("audit words", () => {
  it("English names each action as lib/domain does", () => {
    const actions: Record<string, Record<string, string>> = en.audit.action;
    for (const [action, label] of Object.entries(AUDIT_ACTIONS)) {
      const [group = "", kind = ""] = action.split(".");
      expect(actions[group]?.[kind]).toBe(label);
    }
  });

  it("English field names, flags and reasons are the recorded text itself", () => {
    for (const [key, text] of Object.entries(en.audit.field)) expect(text).toBe(key);
    for (const [text, key] of Object.entries(REASONS)) expect(en.audit.reason[key]).toBe(text);
    expect(describeDetails(details, "", [], wordsOf(en))).toEqual(describeDetails(details));
    expect(describeDetails(details)).toEqual([
      "email: ana@example.com",
      "role: manager → admin",
      "active: true → false",
      "reason: wrong password",
      "upstream.status: 422",
      "upstream.message: Order is already shipped",
      "someOption: x",
    ]);
  });

  it("another language translates Orderdeck's words and keeps what was recorded", () => {
    expect(describeDetails(details, "", [], wordsOf(ro))).toEqual([
      "e-mail: ana@example.com",
      "rol: manager → admin",
      "activ: da → nu",
      "motiv: parolă greșită",
      "răspunsul platformei.status HTTP: 422",
      "răspunsul platformei.mesaj: Order is already shipped",
      "someOption: x",
    ]);
  });
});
