// Deterministic faults for chosen requests: "this path answers a 502 page", "the order list answers JSON of
// another shape". Where the rates of faults.ts make a platform flaky at random, a rule makes one kind of failure
// happen on purpose, for every matching request, so a test can say what the user should see for each.
import type { SandboxPlatform, SandboxRequest, SandboxResponse } from "./types";

export const FAULT_KINDS = [
  /** 500 with an HTML error page (a proxy's or the framework's), whatever the platform's own error style. */
  "html-500",
  /** 502 from the platform's gateway (nginx's HTML page): the app behind it did not answer. */
  "bad-gateway",
  /** 503 in the platform's own error style: the platform is down for maintenance or overloaded. */
  "unavailable",
  /** 429 in the platform's own style, with Retry-After (`retryAfterSeconds`, default 30). */
  "rate-limited",
  /** Never answered (the client's deadline must end it). */
  "hang",
  /** The platform does the work, but its answer is cut off mid-JSON (status 200). */
  "malformed",
  /** The platform does the work, but answers 200 with valid JSON of another shape (`body`, default {"unexpected": true}). */
  "wrong-shape",
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  kind: FaultKind;
  /** The requests it applies to: a path fragment, optionally after a method ("POST /orders/"); absent: all. */
  match?: string;
  /** rate-limited: the seconds Retry-After asks for. */
  retryAfterSeconds?: number;
  /** wrong-shape: the JSON sent instead of the platform's answer. */
  body?: unknown;
}

const DEFAULT_RETRY_AFTER_SECONDS = 30;
const DEFAULT_WRONG_SHAPE = { unexpected: true };

/** A request matcher: a path fragment, optionally after a method ("GET /System/Orders/7" matches reads only). */
export function requestMatches(rule: string, request: Pick<SandboxRequest, "method" | "path">): boolean {
  const [, method, part = rule] = /^([A-Z]+) (.+)$/.exec(rule) ?? [];
  return (!method || method === request.method) && request.path.includes(part);
}

const html500 = `<!doctype html>
<html lang="en">
<head><title>Server Error (500)</title></head>
<body><h1>Server Error (500)</h1><p></p></body>
</html>
`;

const nginx502 = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

/** The first rule matching the request, if any. */
export function ruleFor(rules: readonly FaultRule[] | undefined, request: SandboxRequest): FaultRule | undefined {
  return rules?.find((rule) => rule.match === undefined || requestMatches(rule.match, request));
}

/** A JSON body cut off halfway, as a dropped connection or a full disk leaves it. */
export function truncateJson(payload: string): string {
  return `${payload.slice(0, Math.max(1, Math.floor(payload.length / 2)))}<!-- truncated`;
}

/**
 * The answer a rule gives instead of (or made of) the platform's own; `handle` runs the platform, for the kinds
 * where it does its work and only the answer goes wrong.
 */
export async function answerByRule(
  rule: FaultRule,
  platform: SandboxPlatform,
  handle: () => Promise<SandboxResponse>,
): Promise<SandboxResponse | "hang"> {
  switch (rule.kind) {
    case "html-500":
      return { status: 500, raw: html500 };
    case "bad-gateway":
      return { status: 502, raw: nginx502 };
    case "unavailable":
      return platform.serverError(503, "Service Unavailable");
    case "rate-limited": {
      const limited = platform.serverError(429, "Request was throttled.");
      const seconds = String(rule.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS);
      return { ...limited, headers: { ...limited.headers, "retry-after": seconds } };
    }
    case "hang":
      return "hang";
    case "malformed": {
      const done = await handle();
      const payload = done.body === undefined ? (done.raw ?? "") : JSON.stringify(done.body);
      return { status: 200, raw: truncateJson(payload), contentType: "application/json" };
    }
    case "wrong-shape":
      await handle();
      return { status: 200, body: rule.body === undefined ? DEFAULT_WRONG_SHAPE : rule.body };
  }
}

/** A rule from the control API's JSON, or why it is not one. */
export function parseFaultRule(value: unknown): FaultRule | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "each rule must be a JSON object";
  const input = value as Record<string, unknown>;
  const kind = FAULT_KINDS.find((known) => known === input.kind);
  if (!kind) return `rule kind must be one of ${FAULT_KINDS.join(", ")}`;
  const rule: FaultRule = { kind };
  if (input.match !== undefined) {
    if (typeof input.match !== "string" || input.match === "") return "a rule's match must be a non-empty string";
    rule.match = input.match;
  }
  if (input.retryAfterSeconds !== undefined) {
    const seconds = input.retryAfterSeconds;
    if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds < 0) {
      return "retryAfterSeconds must be a whole number of seconds";
    }
    rule.retryAfterSeconds = seconds;
  }
  if (input.body !== undefined) rule.body = input.body;
  return rule;
}
