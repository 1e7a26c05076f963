// The issue codes: the English catalogue is exactly the map the schemas use (so they cannot drift), every
// message of Orderdeck's is known again by its text with the values in it, and zod's own checks get the codes
// the interface translates them by.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { codeOfMessage, fieldIssue, fromZod, ISSUE, type IssueCode, issue, withCode, ZOD_ISSUE } from "./issues";

const en = JSON.parse(readFileSync(new URL("../../messages/en.json", import.meta.url), "utf8")) as {
  issues: Record<string, string>;
};

/** A value for each `{name}` of a template, different per name (numbers where a number belongs). */
const NUMERIC = new Set(["min", "max", "minimum", "maximum"]);
const sample = (template: string) =>
  Object.fromEntries(
    [...template.matchAll(/\{(\w+)\}/g)].map(([, name], i) => [name!, NUMERIC.has(name!) ? 30 + i : `v${i}-${name}`]),
  );

describe("issue codes", () => {
  it("messages/en.json's `issues` is exactly ISSUE and ZOD_ISSUE", () => {
    expect(en.issues).toEqual({ ...ISSUE, ...ZOD_ISSUE });
    expect(Object.keys(ISSUE).filter((code) => code in ZOD_ISSUE)).toEqual([]);
  });

  it("no two of Orderdeck's messages read alike", () => {
    const texts = Object.values(ISSUE);
    expect(texts.length).toBe(new Set(texts).size);
  });

  it.each(Object.entries(ISSUE))("%s is known again by its text, with its values", (code, template) => {
    const params = sample(template);
    const text = Object.keys(params).length > 0 ? issue(code as "rangeTooLong", params as { max: number }) : template;
    expect(codeOfMessage(text)).toEqual(Object.keys(params).length > 0 ? { code, params } : { code });
  });

  it("fills values and builds the API's issue", () => {
    expect(issue("tokenTooLongLived", { max: 365 })).toBe("A token lives at most 365 days");
    expect(fieldIssue("query.to", "rangeTooLong", { max: 93 })).toEqual({
      path: "query.to",
      message: "A range may span at most 93 days",
      code: "rangeTooLong",
      params: { max: 93 },
    });
    // The longer fixed text wins where two templates match ("… resolves to …" is also an {address}).
    expect(
      codeOfMessage(issue("baseUrlBlockedResolved", { host: "h", address: "10.0.0.1", range: "private" })),
    ).toEqual({ code: "baseUrlBlockedResolved", params: { host: "h", address: "10.0.0.1", range: "private" } });
    expect(codeOfMessage("Something a platform said")).toBeNull();
    expect(withCode({ path: "body.x", message: "Choose a line" })).toEqual({
      path: "body.x",
      message: "Choose a line",
      code: "lineRequired" satisfies IssueCode,
    });
  });

  it("zod's own checks get codes (and the bounds) from zod's issue", () => {
    const schema = z.object({
      name: z.string().min(1),
      code: z.string().min(3).max(5),
      long: z.string().max(2),
      quantity: z.number().int().min(1).max(10),
      whole: z.number().int(),
      role: z.enum(["admin", "manager"]),
      id: z.uuid(),
      email: z.email(),
      url: z.url(),
      at: z.iso.datetime(),
      items: z.array(z.string()).min(1),
      missing: z.string(),
      own: z.string().min(1, { error: "Enter a name" }),
      platform: z.string().refine(() => false, { error: "not something Orderdeck wrote" }),
    });
    const result = schema.safeParse({
      name: "",
      code: "ab",
      long: "abc",
      quantity: 11,
      whole: 1.5,
      role: "owner",
      id: "x",
      email: "x",
      url: "x",
      at: "x",
      items: [],
      own: "",
      platform: "p",
    });
    if (result.success) throw new Error("expected a failure");
    const coded = Object.fromEntries(
      result.error.issues.map((i) => {
        const { path, message: _, ...rest } = fromZod(i, `body.${i.path.join(".")}`);
        return [path, rest];
      }),
    );
    expect(coded).toEqual({
      "body.name": { code: "required" },
      "body.code": { code: "tooShort", params: { minimum: 3 } },
      "body.long": { code: "tooLong", params: { maximum: 2 } },
      "body.quantity": { code: "tooBig", params: { maximum: 10 } },
      "body.whole": { code: "notInteger" },
      "body.role": { code: "invalidChoice" },
      "body.id": { code: "invalidId" },
      "body.email": { code: "invalidEmail" },
      "body.url": { code: "invalidUrl" },
      "body.at": { code: "invalidDate" },
      "body.items": { code: "tooFew", params: { minimum: 1 } },
      "body.missing": { code: "invalidValue" },
      "body.own": { code: "nameRequired" },
      "body.platform": {},
    });
  });
});
