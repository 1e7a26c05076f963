// Every request of the soak, judged and counted per kind: its time, and whether it worked, was refused (a 4xx in
// the error envelope), failed because a platform did and said so, or failed because of Orderdeck itself.
import { percentile } from "../bench/measure.mjs";

/** No request may take longer (a slower answer counts as Orderdeck's own failure, whatever its status). */
export const SLOW_MS = 10_000;
/** The statuses under which Orderdeck passes a platform's failure on (lib/api/errors.ts PLATFORM_STATUS). */
const PLATFORM_FAULT_STATUSES = new Set([429, 502, 503, 504]);
const MAX_SAMPLES = 15;

/** A message a person can read: no stack trace, no "undefined", no HTML page. */
function readable(message) {
  return (
    typeof message === "string" &&
    message.trim() !== "" &&
    !/\bundefined\b|\[object Object\]|\n\s+at |<html|<!doctype/i.test(message)
  );
}

function envelopeOf(json) {
  const error = json?.error;
  return error && typeof error.code === "string" && typeof error.message === "string" ? error : null;
}

/**
 * ok | refused | platform | own, with the reason. `expect` is what a 2xx must carry: "json" or "csv".
 * `json` is the parsed body (undefined when it is not JSON).
 */
export function judge({ status, contentType, text, json, ms, error, expect = "json" }) {
  if (error) {
    const reason =
      error.name === "TimeoutError" ? "no answer in time" : `connection: ${error.cause?.code ?? error.message}`;
    return { outcome: "own", reason };
  }
  if (ms > SLOW_MS) return { outcome: "own", slow: true, reason: `${status} after ${(ms / 1000).toFixed(1)} s` };
  if (status >= 200 && status < 300) {
    if (expect === "csv") {
      const csv = contentType.startsWith("text/csv") && /^[^\r\n]+\r\n/.test(text);
      return csv ? { outcome: "ok" } : { outcome: "own", reason: `${status} export is not CSV: ${text.slice(0, 80)}` };
    }
    return json !== undefined
      ? { outcome: "ok" }
      : { outcome: "own", reason: `${status} with a body that is not JSON` };
  }
  const envelope = envelopeOf(json);
  if (!envelope) return { outcome: "own", reason: `${status} without the error envelope: ${text.slice(0, 120)}` };
  const named = `${status} ${envelope.code}`;
  if (!readable(envelope.message))
    return { outcome: "own", reason: `${named} with an unreadable message: ${envelope.message}` };
  if (status >= 500 || status === 429) {
    const passedOn = PLATFORM_FAULT_STATUSES.has(status) && envelope.code.startsWith("platform_");
    return passedOn
      ? { outcome: "platform", reason: named }
      : { outcome: "own", reason: `${named}: ${envelope.message}` };
  }
  return { outcome: "refused", reason: named };
}

/** The requests of one kind (or one platform's share of it): their times and outcomes. */
class Tally {
  times = [];
  server = [];
  ok = 0;
  refused = 0;
  platform = 0;
  own = 0;

  add(ms, outcome, serverMs) {
    this.times.push(ms);
    if (Number.isFinite(serverMs)) this.server.push(serverMs);
    this[outcome]++;
  }

  row(kind) {
    const times = [...this.times].sort((a, b) => a - b);
    const server = [...this.server].sort((a, b) => a - b);
    return {
      kind,
      requests: times.length,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      max: times.at(-1) ?? Number.NaN,
      serverP95: percentile(server, 95),
      ok: this.ok,
      refused: this.refused,
      platform: this.platform,
      own: this.own,
    };
  }
}

const tallyOf = (map, key) => {
  if (!map.has(key)) map.set(key, new Tally());
  return map.get(key);
};
const rowsOf = (map) => [...map].sort(([a], [b]) => a.localeCompare(b)).map(([kind, tally]) => tally.row(kind));

export class Metrics {
  /** kind → Tally */
  #kinds = new Map();
  /** "platform · detail" or "platform · action" → Tally: what reading and writing cost on each platform */
  #platforms = new Map();
  /** "kind: 409 platform_refused" → count */
  refusals = new Map();
  platformFaults = new Map();
  /** Examples of Orderdeck's own failures: wrong answers first, then answers that came too late. */
  ownSamples = { wrong: [], late: [] };
  total = 0;
  slowest = 0;

  /** `platform`: the order's, for the requests that reach one platform (an order's page, an action). */
  record(kind, ms, verdict, { method, path, serverMs, platform }) {
    tallyOf(this.#kinds, kind).add(ms, verdict.outcome, serverMs);
    if (platform) {
      const group = kind.startsWith("action") ? "action" : kind;
      tallyOf(this.#platforms, `${platform} · ${group}`).add(ms, verdict.outcome, serverMs);
    }
    this.total++;
    this.slowest = Math.max(this.slowest, ms);
    if (verdict.outcome === "refused") bump(this.refusals, `${kind}: ${verdict.reason}`);
    if (verdict.outcome === "platform") bump(this.platformFaults, verdict.reason);
    const samples = verdict.slow ? this.ownSamples.late : this.ownSamples.wrong;
    if (verdict.outcome === "own" && samples.length < MAX_SAMPLES) {
      samples.push(`${method} ${path.slice(0, 100)} → ${verdict.reason.slice(0, 300)}`);
    }
  }

  count(outcome) {
    return [...this.#kinds.values()].reduce((sum, tally) => sum + tally[outcome], 0);
  }

  /** Requests over SLOW_MS, whatever their answer. */
  slowCount() {
    return [...this.#kinds.values()].reduce((sum, tally) => sum + tally.times.filter((ms) => ms > SLOW_MS).length, 0);
  }

  /** One row per kind: counts, percentiles (ms) and outcomes. */
  rows() {
    return rowsOf(this.#kinds);
  }

  /** The same per platform, for the requests that go to one. */
  platformRows() {
    return rowsOf(this.#platforms);
  }
}

function bump(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1);
}
