// A payload that does not fit its schema is described in words a member of staff can read, never in zod's.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { firstIssue, issueInWords } from "./unreadable";
import { wireAmount, wireId } from "./wire";

const page = z.object({ results: z.array(z.object({ id: wireId, total: wireAmount })) });
const words = (payload: unknown, whole?: string) => {
  const parsed = page.safeParse(payload);
  if (parsed.success) throw new Error("expected the payload not to fit");
  return issueInWords(parsed.error, whole);
};

describe("issueInWords", () => {
  it.each([
    [{ unexpected: true }, "results: missing"],
    [[{ unexpected: true }], "body: a list where a record belongs"],
    [{ results: {} }, "results: a record where a list belongs"],
    [{ results: [{ total: "1.00" }] }, "results.0.id: missing"],
    [{ results: [{ id: true, total: "1.00" }] }, "results.0.id: in no form Orderdeck reads"],
    [{ results: [{ id: 1, total: "one" }] }, 'results.0.total: not a decimal amount: "one"'],
  ])("%j → %s", (payload, expected) => {
    expect(words(payload)).toBe(expected);
  });

  it("names the whole answer as the caller calls it, and never says undefined", () => {
    expect(words(null, "order")).toBe("order: null where a record belongs");
    expect(words({})).not.toMatch(/undefined|Invalid input|expected/);
  });

  it("gives the field and the problem apart, for messages that place them their own way", () => {
    const parsed = page.safeParse({ results: [{ id: 7 }] });
    expect(parsed.success || firstIssue(parsed.error)).toEqual({ field: "results.0.total", problem: "missing" });
  });
});
