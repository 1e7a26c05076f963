// The fault matrix (issue #13): every platform × every way a platform fails × the list, an order's detail, an
// action and the connection test. In every cell the user is told the platform's situation in words (never a stack
// trace, "undefined", an HTML page or nothing), the other connections keep working, no write goes out twice, and a
// failed action is in the audit log. The matrix is printed at the end, ✓ or ✗ per cell.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connections } from "../db/schema";
import type { PlatformErrorKind } from "../platforms/errors";
import { createAkinonSellerCenterSandbox } from "../sandbox/akinon-seller-center";
import type { FaultSettings } from "../sandbox/core/faults";
import type { PlatformOptions } from "../sandbox/core/types";
import { sandboxConnectionCredentials } from "../sandbox/credentials";
import { SANDBOX_FACTORIES, SANDBOX_PLATFORM_IDS, type SandboxPlatformId } from "../sandbox/platforms";
import { matrixReport, unreachableBaseUrls, unreadableParts } from "../testing/fault-matrix";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import {
  actionTarget,
  newestOrderIds,
  type Seen,
  seeAction,
  seeConnectionTest,
  seeDetail,
  seeList,
  type Target,
} from "../testing/what-the-user-sees";
import { forgetConnections } from "./connection-cache";
import { createConnection } from "./connections";

/** A deadline the hanging cells reach quickly (shared-options.ts allows 200 ms and up). */
const TIMEOUT_MS = 1000;
/** Every connection's options: the deadline above, and a request rate that never queues the test's calls. */
const OPTIONS = { timeoutMs: TIMEOUT_MS, requestsPerSecond: 200 };
const OPS = ["list", "detail", "action", "connection test"] as const;
type Op = (typeof OPS)[number];

/** What the user must be told: the error's kind and words that say it; or that it simply works. */
type Expected = { kind: PlatformErrorKind; words: RegExp } | "works";

interface Column {
  name: string;
  expected: (platform: SandboxPlatformId) => Expected;
  /** The platform's faults in the sandbox; absent: the fault is the connection's own (its host, its key). */
  faults?: FaultSettings;
}

const failing = (kind: PlatformErrorKind, words: RegExp) => () => ({ kind, words });
/** A connection that signs in with a password gets a new token when its token expires; a fixed key cannot. */
const logsIn = (platform: SandboxPlatformId) => "password" in sandboxConnectionCredentials(platform);

const SERVER_ERROR = /\b50[0-4]\b|server error|bad gateway|unavailable/i;
const UNREADABLE = /cannot read|could not be read|not valid JSON|not with an order list/i;
const UNREACHABLE = /cannot be reached/i;

const SANDBOX_COLUMNS: Column[] = [
  { name: "500 HTML", faults: { rules: [{ kind: "html-500" }] }, expected: failing("unavailable", SERVER_ERROR) },
  // A slow gateway: a read's retry of the first 502 runs into the deadline, and the 502 is still what the user is
  // told (503 below is the quick kind, whose retries all get their answer).
  {
    name: "502 slow",
    faults: { latencyMs: 460, rules: [{ kind: "bad-gateway" }] },
    expected: failing("unavailable", SERVER_ERROR),
  },
  { name: "503", faults: { rules: [{ kind: "unavailable" }] }, expected: failing("unavailable", SERVER_ERROR) },
  {
    name: "429",
    faults: { rules: [{ kind: "rate-limited", retryAfterSeconds: 30 }] },
    expected: failing("rate_limited", /\b429\b|throttl|too many|rate limit/i),
  },
  { name: "hang", faults: { rules: [{ kind: "hang" }] }, expected: failing("timeout", /did not answer within 1 s/) },
  { name: "bad JSON", faults: { rules: [{ kind: "malformed" }] }, expected: failing("bad_response", UNREADABLE) },
  { name: "shape {}", faults: { rules: [{ kind: "wrong-shape" }] }, expected: failing("bad_response", UNREADABLE) },
  {
    name: "shape []",
    faults: { rules: [{ kind: "wrong-shape", body: [{ unexpected: true }] }] },
    expected: failing("bad_response", UNREADABLE),
  },
];
const EXPIRED: Column = {
  name: "401",
  expected: (platform) =>
    logsIn(platform) ? "works" : { kind: "auth", words: /credential|token|key|password|authenticat|refused/i },
};
const UNREACHABLE_COLUMNS: (Column & { url: "refused" | "tls" | "dns" })[] = [
  { name: "refused", url: "refused", expected: failing("network", UNREACHABLE) },
  { name: "TLS", url: "tls", expected: failing("network", UNREACHABLE) },
  { name: "DNS", url: "dns", expected: failing("network", UNREACHABLE) },
];
const COLUMNS = [...SANDBOX_COLUMNS, EXPIRED, ...UNREACHABLE_COLUMNS];

const rowOf = (platform: SandboxPlatformId, op: Op) => `${platform} · ${op}`;
const report = matrixReport(
  SANDBOX_PLATFORM_IDS.flatMap((platform) => OPS.map((op) => rowOf(platform, op))),
  COLUMNS.map((column) => column.name),
);

// Seller Center's tokens are JWTs that expire by its clock: the matrix moves that clock on to expire them.
let sellerCenterSkewMs = 0;
const factories = {
  ...SANDBOX_FACTORIES,
  "akinon-seller-center": (options: PlatformOptions) =>
    createAkinonSellerCenterSandbox(options, { clock: () => Date.now() + sellerCenterSkewMs }),
};

let fixture: SandboxConnections;
beforeAll(async () => {
  fixture = await setUpSandboxConnections(12, {}, "pglite", {
    sandbox: { factories },
    options: OPTIONS,
  });
}, 60_000);

afterAll(async () => {
  // FAULT_MATRIX_VERBOSE=1 also lists what the user was told in every cell.
  console.log(
    `The fault matrix (✓ the user is told, nothing else breaks)\n${report.print(Boolean(process.env.FAULT_MATRIX_VERBOSE))}`,
  );
  await fixture?.close();
});

const db = () => fixture.handle.db;

const orderIds = new Map<SandboxPlatformId, string[]>();
async function targetFor(platform: SandboxPlatformId): Promise<Target> {
  const connectionId = fixture.ids[platform];
  if (!orderIds.has(platform)) orderIds.set(platform, await newestOrderIds(fixture, connectionId));
  return actionTarget(fixture, connectionId, orderIds.get(platform)!);
}

/** Whether what the user saw is what the column expects (problems; none when it is). */
function judge(expected: Expected, op: Op, seen: Seen): string[] {
  const problems = [...seen.problems];
  if (expected === "works") {
    if (!seen.ok) problems.push(`failed with "${seen.message}"`);
    return problems;
  }
  if (seen.ok) {
    // An accepted write whose answer could not be read is "done, not re-read": the notice must say why.
    if (op === "action" && seen.message !== "") {
      if (!expected.words.test(seen.message)) problems.push(`the notice "${seen.message}" does not say what happened`);
      return [...problems, ...unreadableParts(seen.message)];
    }
    return [...problems, "answered as if nothing were wrong"];
  }
  problems.push(...unreadableParts(seen.message));
  if (!expected.words.test(seen.message)) problems.push(`"${seen.message}" does not say ${expected.words}`);
  if (seen.kind !== undefined && seen.kind !== expected.kind)
    problems.push(`kind ${seen.kind}, expected ${expected.kind}`);
  if (expected.kind === "rate_limited" && op !== "list" && op !== "connection test" && seen.retryAfter !== "30") {
    problems.push(`Retry-After ${seen.retryAfter} passed on, the platform asked for 30`);
  }
  return problems;
}

/** The sandbox's log since `seq`, for one platform. */
const loggedSince = (platform: SandboxPlatformId, seq: number) => fixture.sandbox.log.list({ platform, since: seq });
const logMark = () => fixture.sandbox.log.list({}).at(-1)?.seq ?? 0;
const isLogin = (path: string) => /login|token/.test(path);

/**
 * Runs the four operations at once against `connectionId` (a connection to `platform`), while every other
 * connection is listed beside it; records each cell and answers every problem found.
 */
async function runCell(platform: SandboxPlatformId, column: Column, connectionId: string, target: Target) {
  const others = SANDBOX_PLATFORM_IDS.map((id) => fixture.ids[id]).filter((id) => id !== connectionId);
  const mark = logMark();
  const key = `fault-matrix-${platform}-${column.name}-${Date.now()}`.replace(/[^\w.:-]/g, "_");
  const [list, detail, action, test] = await Promise.all([
    seeList(fixture, connectionId, others),
    seeDetail(fixture, connectionId, target.orderId),
    seeAction(fixture, connectionId, target, key),
    seeConnectionTest(fixture, connectionId),
  ]);
  // Every write the platform received that it may have applied (one refused for its credentials was not).
  const writes = loggedSince(platform, mark).filter(
    (entry) => entry.method !== "GET" && !isLogin(entry.path) && entry.status !== 401,
  );
  if (writes.length > 1) {
    action.problems.push(
      `${writes.length} writes sent: ${writes.map((w) => `${w.method} ${w.path} → ${w.status}`).join(", ")}`,
    );
  }
  const accepted = writes.filter((entry) => typeof entry.status === "number" && entry.status < 300);
  if (!action.ok && accepted.length > 0) {
    action.problems.push(
      `told it failed, but ${platform} accepted the write (${accepted[0]!.method} ${accepted[0]!.path})`,
    );
  }
  const expected = column.expected(platform);
  const seen: Record<Op, Seen> = { list, detail, action, "connection test": test };
  const all: string[] = [];
  for (const op of OPS) {
    const problems = judge(expected, op, seen[op]);
    report.record(rowOf(platform, op), column.name, { told: seen[op].message, problems });
    all.push(...problems.map((problem) => `${op}: ${problem}`));
  }
  return { all, log: loggedSince(platform, mark) };
}

describe.each(SANDBOX_PLATFORM_IDS)("%s, while its platform misbehaves", (platform) => {
  it.each(SANDBOX_COLUMNS)("$name", async (column) => {
    const target = await targetFor(platform);
    fixture.sandbox.setFaults(platform, column.faults ?? {});
    try {
      const { all } = await runCell(platform, column, fixture.ids[platform], target);
      expect(all).toEqual([]);
    } finally {
      fixture.sandbox.clearFaults(platform);
    }
  });
});

describe("a refused or expired credential", () => {
  it.each(SANDBOX_PLATFORM_IDS)("%s", async (platform) => {
    const target = await targetFor(platform);
    let connectionId = fixture.ids[platform];
    if (logsIn(platform)) {
      // The platform forgets the tokens it gave out (Omnitron's expired keys answer like unknown ones), and
      // Seller Center's clock moves past its JWTs' lifetime: the token Orderdeck holds is refused once.
      fixture.sandbox.reset(platform);
      sellerCenterSkewMs += 2 * 3600_000;
    } else {
      const revoked = Object.fromEntries(
        Object.entries(sandboxConnectionCredentials(platform)).map(([field, value]) => [field, `${value}-revoked`]),
      );
      const input = {
        name: `${platform} revoked`,
        platform,
        baseUrl: fixture.sandbox.baseUrl(platform),
        credentials: revoked,
        options: OPTIONS,
      };
      connectionId = (await createConnection(db(), fixture.admin, input, "::1")).id;
    }
    const { all, log } = await runCell(platform, EXPIRED, connectionId, target);
    if (logsIn(platform)) {
      const refused = log.findIndex((entry) => entry.status === 401);
      const renewed = log.findIndex((entry, i) => i > refused && entry.method === "POST" && isLogin(entry.path));
      if (refused < 0 || renewed < 0)
        all.push("the expired token was not refused and renewed: the scene did not happen");
    }
    expect(all).toEqual([]);
  });
});

describe("a host that cannot be reached", () => {
  let unreachable: Record<SandboxPlatformId, Record<string, string>>;
  const targets = new Map<SandboxPlatformId, Target>();
  beforeAll(async () => {
    unreachable = {} as typeof unreachable;
    const port = new URL(fixture.sandbox.url).port;
    for (const platform of SANDBOX_PLATFORM_IDS) {
      targets.set(platform, await targetFor(platform));
      const urls = await unreachableBaseUrls(Number(port), platform);
      unreachable[platform] = {};
      for (const column of UNREACHABLE_COLUMNS) {
        const input = {
          name: `${platform} ${column.name}`,
          platform,
          baseUrl: fixture.sandbox.baseUrl(platform),
          credentials: sandboxConnectionCredentials(platform),
          options: OPTIONS,
        };
        const { id } = await createConnection(db(), fixture.admin, input, "::1");
        // The host moved after the connection was saved (saving checks that the name resolves).
        await db().update(connections).set({ baseUrl: urls[column.url] }).where(eq(connections.id, id));
        unreachable[platform][column.name] = id;
      }
    }
    forgetConnections(db());
  }, 30_000);

  const cells = SANDBOX_PLATFORM_IDS.flatMap((platform) => UNREACHABLE_COLUMNS.map((column) => ({ platform, column })));
  it.concurrent.each(cells)("$platform: $column.name", async ({ platform, column }) => {
    const { all } = await runCell(platform, column, unreachable[platform][column.name]!, targets.get(platform)!);
    expect(all).toEqual([]);
  });
});
