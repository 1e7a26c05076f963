// Validation messages under stable codes. The API speaks English to integrators (`message`), and every issue of a
// 422 also carries its `code` (and `params` for the values in it) so the browser can say it in the user's
// language: the `issues` namespace of messages/*.json, whose English is exactly ISSUE + ZOD_ISSUE (issues.test.ts).
// Shared by the server (lib/api/errors.ts) and the browser (lib/client/use-field-errors.ts, client-side checks).
import type { z } from "zod";
import type { FieldIssue, IssueParams } from "./api-error";

/**
 * The messages Orderdeck writes, in English exactly as the API sends them; `{name}` is a value filled in by
 * `issue()`. Schemas use them (`{ error: ISSUE.emailInvalid }`); a message is known by its text, so a service
 * throwing one as text, or an older literal, still gets its code (codeOfMessage).
 */
export const ISSUE = {
  // Users, passwords, API tokens (lib/domain/inputs.ts, lib/users)
  emailInvalid: "Enter a valid email address",
  passwordTooShort: "Use at least {min} characters",
  passwordTooLong: "Use at most {max} characters",
  nameRequired: "Enter a name",
  userChangeEmpty: "Change at least one of name, role, active",
  currentPasswordRequired: "Enter your current password",
  currentPasswordWrong: "This is not your current password",
  passwordUnchanged: "Choose a password other than the current one",
  tokenNameRequired: "Name the token after what will use it",
  tokenExpiryRequired: "Choose when the token expires: 1 to {max} days",
  tokenTooShortLived: "A token lives at least 1 day",
  tokenTooLongLived: "A token lives at most {max} days",
  idInvalid: "Not a valid id",
  userIdInvalid: "Not a valid user id",
  // Connections (lib/domain/connection.ts, the base-URL guard, the platforms' settings)
  connectionNameRequired: "Name the connection, e.g. the shop's name",
  platformRequired: "Choose a platform",
  baseUrlInvalid: "Enter the API's full URL, e.g. https://shop.example.com",
  baseUrlNotUrl: "is not a valid URL (expected e.g. https://shop.example.com)",
  baseUrlHttps: "must start with https://",
  baseUrlHttpOrHttps: "must start with https:// or http://",
  baseUrlUserInfo: "must not contain a user name or password: enter credentials in their own fields",
  baseUrlQuery: "must not contain a query (?…) or fragment (#…)",
  baseUrlBlocked: "blocked by the base-URL guard: {address} ({range}) is not a public address",
  baseUrlBlockedResolved:
    "blocked by the base-URL guard: {host} resolves to {address} ({range}) is not a public address",
  baseUrlUnresolvable: "{host} cannot be resolved ({reason}): check the host name",
  baseUrlNoAddress: "{host} resolves to no address",
  credentialRetype: "Enter this again: the stored value was entered for {was} and is not sent to {is}",
  apiKeyRequired: "Enter the API key",
  apiSecretRequired: "Enter the API secret",
  apiTokenRequired: "Enter the API token",
  sellerCenterEmailRequired: "Enter the Seller Center user's email",
  sellerCenterPasswordRequired: "Enter the Seller Center user's password",
  sellerCenterCredentials: "Enter an email and password, or an access token",
  omnitronUsernameRequired: "Enter the Omnitron API user's username",
  omnitronPasswordRequired: "Enter the Omnitron API user's password",
  numericIdInvalid: "Enter the numeric id, e.g. 2",
  timeZoneInvalid: "Not a time zone: use an IANA name such as Europe/Bucharest",
  carriersFormat: 'Carriers: write name=shipper id pairs separated by commas, e.g. "PPL=7, DPD=12"',
  carrierNoId: '"{pair}" has no shipper id: write name=shipper id pairs separated by commas, e.g. "PPL=7, DPD=12"',
  carrierIdNotNumber: '"{pair}": the shipper id must be a whole number from the Retailys carrier list',
  carrierTwice: '"{name}" is listed twice; give each carrier one shipper id',
  // Order actions and bulk actions (lib/domain/action.ts, bulk.ts)
  amountInvalid: "Enter an amount like 125.50",
  statusRequired: "Choose a status",
  urlInvalid: "Enter a full URL",
  trackingNumberRequired: "Enter the tracking number",
  lineRequired: "Choose a line",
  skuRequired: "Enter the product code",
  noteRequired: "Write the note",
  ordersRequired: "Select at least one order",
  ordersTooMany: "At most {max} orders per bulk action",
  perLineNotBulk: "Per-line actions cannot be applied in bulk",
  actionOrIntent: "Send either an action or an intent",
  idempotencyKeyInvalid: "required, 8–200 characters of letters, digits, . _ : -",
  // Saved views and preferences (lib/domain/views.ts)
  viewNameRequired: "Name the view",
  viewQueryInvalid: "A URL search string starting with ?",
  preferenceTooLarge: "At most 8 kB",
  // The order list's and the audit log's filters (lib/domain/query.ts, audit.ts)
  plainAmountInvalid: "Use a plain amount like 100 or 99.90",
  dateInvalid: "Use an ISO date or date-time, e.g. 2026-11-01 or 2026-11-01T00:00:00+02:00",
  dateTimeInvalid: "Use an ISO date-time, e.g. {example}",
  connectionIdInvalid: "Not a connection id",
  currencyInvalid: "Use a 3-letter currency code",
  fromAfterTo: "from must be before to",
  minTotalAboveMax: "minTotal must not exceed maxTotal",
  cursorInvalid: "not a cursor from this list",
  sortUnavailable: "sort {sort} is not available for {connections}",
  // The overview's period (lib/domain/overview-query.ts, lib/overview/periods.ts)
  dayInvalid: "Use a day like 2026-11-24",
  rangeFirstDayRequired: "A custom range needs its first day",
  rangeLastDayRequired: "A custom range needs its last day",
  rangeReversed: "The last day must not be before the first",
  rangeInFuture: "The first day must not be after today",
  rangeTooLong: "A range may span at most {max} days",
} as const;

/**
 * Zod's own checks where a schema gives no message: the API sends zod's English; these are the interface's words
 * for them, the code derived from zod's issue (zodCode). Never matched by text.
 */
export const ZOD_ISSUE = {
  required: "Fill in this field",
  tooShort: "At least {minimum} characters",
  tooLong: "At most {maximum} characters",
  tooSmall: "At least {minimum}",
  tooBig: "At most {maximum}",
  tooFew: "Choose at least {minimum}",
  tooMany: "Choose at most {maximum}",
  notInteger: "Enter a whole number",
  invalidValue: "Enter a valid value",
  invalidChoice: "Choose one of the options",
  invalidEmail: "Enter a valid email address",
  invalidUrl: "Enter a valid URL",
  invalidId: "Not a valid id",
  invalidDate: "Enter a valid date",
  invalidFormat: "Check the format",
  unknownFields: "Unknown field: {keys}",
} as const;

export type IssueCode = keyof typeof ISSUE;
export type ZodIssueCode = keyof typeof ZOD_ISSUE;

/** The `{name}`s of a message: issue("rangeTooLong", { max: 31 }) must name `max`. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
type ParamsOf<C extends IssueCode> = Record<Placeholders<(typeof ISSUE)[C]>, string | number>;
type ParamArgs<C extends IssueCode> = [Placeholders<(typeof ISSUE)[C]>] extends [never] ? [] : [params: ParamsOf<C>];

const fill = (template: string, params: IssueParams = {}) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** A message with its values: `issue("tokenTooLongLived", { max: 365 })` → "A token lives at most 365 days". */
export function issue<C extends IssueCode>(code: C, ...[params]: ParamArgs<C>): string {
  return fill(ISSUE[code], params);
}

/** A bad field as the API sends it: `fieldIssue("body.currentPassword", "currentPasswordWrong")`. */
export function fieldIssue<C extends IssueCode>(path: string, code: C, ...[params]: ParamArgs<C>): FieldIssue {
  return { path, message: fill(ISSUE[code], params), code, ...(params ? { params } : {}) };
}

interface Template {
  code: IssueCode;
  pattern: RegExp;
  names: string[];
  /** Its fixed text's length: where two templates match, the longer is the more specific. */
  literal: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let exact: Map<string, IssueCode> | undefined;
let templates: Template[] | undefined;

function compile() {
  exact = new Map();
  templates = [];
  for (const [code, text] of Object.entries(ISSUE) as [IssueCode, string][]) {
    const parts = text.split(/\{(\w+)\}/);
    if (parts.length === 1) {
      exact.set(text, code);
      continue;
    }
    // split with a capture group: literal, name, literal, name, …, literal.
    const literals = parts.filter((_, i) => i % 2 === 0);
    const names = parts.filter((_, i) => i % 2 === 1);
    const pattern = new RegExp(`^${literals.map(escapeRegExp).join("(.+?)")}$`, "s");
    templates.push({ code, pattern, names, literal: literals.join("").length });
  }
  templates.sort((a, b) => b.literal - a.literal);
}

/** A value read back from a message: "365" is the number it was; other text stays text. */
const readValue = (text: string): string | number => (String(Number(text)) === text ? Number(text) : text);

/** The code (and values) of an Orderdeck message from its English text, or null when it is not one of ISSUE's. */
export function codeOfMessage(message: string): { code: IssueCode; params?: IssueParams } | null {
  if (!exact || !templates) compile();
  const known = exact?.get(message);
  if (known) return { code: known };
  for (const template of templates ?? []) {
    const match = template.pattern.exec(message);
    if (!match) continue;
    const params: IssueParams = {};
    template.names.forEach((name, i) => {
      params[name] = readValue(match[i + 1] ?? "");
    });
    return { code: template.code, params };
  }
  return null;
}

const bound = (value: unknown) => (typeof value === "bigint" ? Number(value) : (value as number));

/** The interface's code for one of zod's own issues (where the schema gave no message of its own), or null. */
export function zodCode(issue: z.core.$ZodIssue): { code: ZodIssueCode; params?: IssueParams } | null {
  switch (issue.code) {
    case "too_small": {
      const minimum = bound(issue.minimum);
      if (issue.origin === "string")
        return minimum <= 1 ? { code: "required" } : { code: "tooShort", params: { minimum } };
      if (issue.origin === "array" || issue.origin === "set") return { code: "tooFew", params: { minimum } };
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint")
        return { code: "tooSmall", params: { minimum } };
      return null;
    }
    case "too_big": {
      const maximum = bound(issue.maximum);
      if (issue.origin === "string") return { code: "tooLong", params: { maximum } };
      if (issue.origin === "array" || issue.origin === "set") return { code: "tooMany", params: { maximum } };
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint")
        return { code: "tooBig", params: { maximum } };
      return null;
    }
    case "invalid_type":
      return { code: issue.expected === "int" ? "notInteger" : "invalidValue" };
    case "invalid_format":
      if (issue.format === "email") return { code: "invalidEmail" };
      if (issue.format === "url") return { code: "invalidUrl" };
      if (issue.format === "uuid" || issue.format === "guid") return { code: "invalidId" };
      if (issue.format === "datetime" || issue.format === "date" || issue.format === "time")
        return { code: "invalidDate" };
      return { code: "invalidFormat" };
    case "invalid_value":
      return { code: "invalidChoice" };
    case "unrecognized_keys":
      return { code: "unknownFields", params: { keys: issue.keys.join(", ") } };
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
    case "not_multiple_of":
      return { code: "invalidValue" };
    default:
      // A custom check's message not in ISSUE (e.g. a platform's own words): its English stands alone.
      return null;
  }
}

/** One of zod's issues as the API sends it, under `path` (e.g. "body.email"), with its code where it has one. */
export function fromZod(issue: z.core.$ZodIssue, path: string): FieldIssue {
  const coded = codeOfMessage(issue.message) ?? zodCode(issue);
  return { path, message: issue.message, ...coded };
}

/** An issue a service wrote as text, with the code its text has (a coded one as it is). */
export function withCode(issue: FieldIssue): FieldIssue {
  if (issue.code) return issue;
  const coded = codeOfMessage(issue.message);
  return coded ? { ...issue, ...coded } : issue;
}
