// A payload that does not fit its wire schema, in the words staff read in a banner or an error: the first field
// that did not fit and what was wrong with it ("results: missing", "body: a list where a record belongs"). Never
// zod's own text ("Invalid input: expected array, received undefined"), which reads like Orderdeck crashing.
import type { z } from "zod";

const NOUNS: Record<string, string> = {
  array: "a list",
  object: "a record",
  string: "text",
  number: "a number",
  int: "a whole number",
  bigint: "a number",
  boolean: "true or false",
  date: "a date",
  null: "null",
};
const noun = (type: string) => NOUNS[type] ?? type;

/** The type zod saw, from its message (v4 keeps it only there): "…, received undefined" → "undefined". */
const receivedOf = (issue: z.core.$ZodIssue) => /received (\w+)/.exec(issue.message)?.[1];

/** What was wrong with the field: "missing", "text where a number belongs", or our own schema's message. */
function problemOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const received = receivedOf(issue);
    // JSON has no undefined: the field is simply not there.
    if (received === undefined || received === "undefined") return "missing";
    return `${noun(received)} where ${noun(issue.expected)} belongs`;
  }
  if (issue.code === "invalid_union") {
    const branches = issue.errors.flat();
    if (branches.length > 0 && branches.every((branch) => receivedOf(branch) === "undefined")) return "missing";
    return "in no form Orderdeck reads";
  }
  // Our own refinements (wire.ts: "not a decimal amount: …") are written for people already.
  if (issue.code === "custom") return issue.message;
  return "in no form Orderdeck reads";
}

/** The first issue of a failed parse: its field ("" for the answer itself) and what was wrong, in words. */
export function firstIssue(error: z.ZodError): { field: string; problem: string } {
  const issue = error.issues[0];
  if (!issue) return { field: "", problem: "in no form Orderdeck reads" };
  return { field: issue.path.map(String).join("."), problem: problemOf(issue) };
}

/** The first issue in words, naming its field (`whole` when the answer itself is wrong): "results: missing". */
export function issueInWords(error: z.ZodError, whole = "body"): string {
  const { field, problem } = firstIssue(error);
  return `${field || whole}: ${problem}`;
}
