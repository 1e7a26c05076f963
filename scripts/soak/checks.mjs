// The end of the run: every accepted write compared with the audit log and with the platforms (the sandbox's
// request log, and each touched order as the platform's own API shows it), and every log line and audit entry
// scanned for secrets.
import { readFileSync } from "node:fs";
import pLimit from "p-limit";

const { SANDBOX_PLATFORMS } = await import("../../lib/sandbox/platforms.ts");

/** Every audit entry, newest first, through the API's paging (as an admin). */
export async function readAuditLog(call) {
  const events = [];
  let before = null;
  do {
    const page = await call("audit (final check)", `/api/audit?limit=200${before ? `&before=${before}` : ""}`);
    if (!page.ok) throw new Error(`reading the audit log: ${page.status} ${page.text.slice(0, 200)}`);
    events.push(...page.json.events);
    before = page.json.nextBefore;
  } while (before);
  return events;
}

const writeKey = (userId, connectionId, orderId, type) => `${userId}|${connectionId}/${orderId}|${type}`;

/** Each accepted write must have its own successful `order.action` entry, by its user, on its order. */
export function compareWithAudit(ledger, events) {
  const audited = new Map();
  for (const event of events) {
    if (event.action !== "order.action" || event.outcome !== "success") continue;
    const key = `${event.actorId}|${event.targetId}|${event.details?.action}`;
    audited.set(key, (audited.get(key) ?? 0) + 1);
  }
  const missing = [];
  for (const write of ledger.accepted()) {
    const key = writeKey(write.user.id, write.order.connectionId, write.order.id, write.type);
    const left = audited.get(key) ?? 0;
    if (left > 0) audited.set(key, left - 1);
    else missing.push(`${write.user.email}: ${write.type} on ${write.order.platform} ${write.order.id}`);
  }
  // Successes the soak never saw answered (its request gave up first): not lost, but worth a number.
  const unseen = [...audited.values()].reduce((sum, n) => sum + n, 0);
  return { accepted: ledger.accepted().length, missing, unseen };
}

/** Per platform: the 2xx writes the sandbox logged must cover the writes Orderdeck accepted (one or more each). */
export function compareWithSandboxLog(ledger, writes, platforms) {
  return platforms.map((platform) => {
    const accepted = ledger.acceptedOn(platform);
    const taken = writes.accepted.get(platform) ?? 0;
    const count = (map) => map.get(platform) ?? 0;
    return {
      platform,
      requests: count(writes.requests),
      limited: count(writes.limited),
      failed: count(writes.failed),
      accepted,
      taken,
      refusedWrites: count(writes.refused),
      ok: taken >= accepted,
    };
  });
}

/**
 * Reads each order an accepted write touched through the platform's own API (lib/sandbox ownApi): the tracking
 * number added last must be there, and where the last thing done to an order was an accepted action that
 * answered the order's new status, the platform must show that status.
 */
export async function compareWithPlatforms(ledger, sandboxUrl) {
  const byOrder = new Map();
  for (const action of ledger.actions) {
    if (action.replayed) continue;
    const key = `${action.order.platform}/${action.order.id}`;
    byOrder.set(key, [...(byOrder.get(key) ?? []), action]);
  }
  const bulkTouched = new Set(ledger.bulkDone.map((write) => `${write.order.platform}/${write.order.id}`));
  const checks = [];
  for (const [key, actions] of byOrder) {
    const accepted = actions.filter((action) => action.accepted);
    const last = accepted.at(-1);
    if (!last) continue;
    const tracking = accepted.filter((action) => action.type === "add-tracking").at(-1)?.input.trackingNumber;
    // Only where nothing else could have moved the order after its last accepted action (a later request, a
    // bulk job, an action still in flight when it ended).
    const settled = !bulkTouched.has(key) && actions.every((other) => other === last || other.endedAt < last.startedAt);
    const status = settled && last.statusAfter !== null ? last.statusAfter : null;
    if (tracking || status) checks.push({ platform: last.order.platform, id: last.order.id, tracking, status });
  }
  const headers = new Map();
  const limit = pLimit(6);
  const problems = [];
  let trackingChecked = 0;
  let statusChecked = 0;
  await Promise.all(
    checks.map((check) =>
      limit(async () => {
        const api = SANDBOX_PLATFORMS[check.platform].ownApi;
        const base = `${sandboxUrl}/${check.platform}`;
        if (!headers.has(base)) headers.set(base, api.headers(base));
        const sent = await headers.get(base);
        const get = async (relative) => {
          const response = await fetch(`${base}/${relative}`, { headers: sent });
          if (!response.ok) throw new Error(`${check.platform} ${relative}: ${response.status}`);
          return response.json();
        };
        try {
          const snapshot = await api.snapshot(get, check.id);
          if (check.tracking) {
            trackingChecked++;
            if (!snapshot.tracking.includes(check.tracking)) {
              problems.push(
                `${check.platform} ${check.id}: tracking ${check.tracking} accepted, the platform has [${snapshot.tracking.join(", ")}]`,
              );
            }
          }
          if (check.status) {
            statusChecked++;
            if (snapshot.status !== check.status) {
              problems.push(
                `${check.platform} ${check.id}: Orderdeck answered status ${check.status}, the platform has ${snapshot.status}`,
              );
            }
          }
        } catch (error) {
          problems.push(`${check.platform} ${check.id}: could not read it from the platform (${error.message})`);
        }
      }),
    ),
  );
  return { trackingChecked, statusChecked, problems };
}

/** The server's log, one finding per line that holds a secret; answers its lines and those that report trouble. */
export function scanLog(file, secrets) {
  const lines = readFileSync(file, "utf8").split("\n");
  for (const [index, line] of lines.entries()) secrets.scan(line, `server log line ${index + 1}`);
  return { lines: lines.length, trouble: lines.filter((line) => /error|warn|fail|unhandled|crash/i.test(line)) };
}

export function scanAudit(events, secrets) {
  for (const event of events) secrets.scan(JSON.stringify(event), `audit entry ${event.id} (${event.action})`);
}

/** The issue's targets, each [what, measured, met]. */
export function targets({ metrics, monitor, ledger, audit, perPlatform, platforms, sandboxWrites, secrets }) {
  // The last sample under load (the one taken after it, at the end, follows the garbage collector's clean-up).
  const minutes = monitor.samples.filter((sample) => sample.label.startsWith("minute"));
  const [minuteOne, last] = [minutes[0] ?? monitor.samples.at(-1), minutes.at(-1) ?? monitor.samples.at(-1)];
  const growth = (last.rssMb - minuteOne.rssMb) / minuteOne.rssMb;
  const own = metrics.count("own");
  const slow = metrics.slowCount();
  const short = perPlatform.filter((row) => !row.ok).length;
  const lost = [audit.missing.length, short, platforms.problems.length, ledger.replays.mismatches.length];
  const stuck = ledger.bulkJobs.unfinished;
  return [
    ["no failure of Orderdeck's own (5xx, malformed answer, no answer)", `${own}`, own === 0],
    ["no request over 10 s", `${slow} (slowest ${(metrics.slowest / 1000).toFixed(2)} s)`, slow === 0],
    [
      "RSS growth ≤ 10% from minute 1 to the last minute",
      `${minuteOne.rssMb} → ${last.rssMb} MB (${(growth * 100).toFixed(1)}%; JS heap ${minuteOne.heapMb} → ${last.heapMb} MB)`,
      growth <= 0.1,
    ],
    [
      "no write lost (audit log, platforms, replays, bulk jobs)",
      `${lost[0]} unaudited, ${lost[1]} platforms short, ${lost[2]} differ, ${lost[3]} replays wrong, ${stuck} jobs stuck`,
      lost.every((n) => n === 0) && stuck === 0 && sandboxWrites.missed === 0,
    ],
    ["no secret in answers, audit entries or the server log", `${secrets.foundTotal} found`, secrets.foundTotal === 0],
  ];
}
