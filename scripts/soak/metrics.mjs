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
  if (ms > SLOW_MS) return { outcome: "own", reason: `${status} after ${(ms / 1000).toFixed(1)} s` };
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

export class Metrics {
  /** kind → { times, ok, refused, platform, own, server } */
  #kinds = new Map();
  /** "409 platform_refused" → count, over all kinds */
  refusals = new Map();
  platformFaults = new Map();
  ownSamples = [];
  total = 0;
  slowest = 0;

  record(kind, ms, verdict, { method, path, serverMs }) {
    if (!this.#kinds.has(kind))
      this.#kinds.set(kind, { times: [], ok: 0, refused: 0, platform: 0, own: 0, server: [] });
    const entry = this.#kinds.get(kind);
    entry.times.push(ms);
    if (Number.isFinite(serverMs)) entry.server.push(serverMs);
    entry[verdict.outcome]++;
    this.total++;
    this.slowest = Math.max(this.slowest, ms);
    if (verdict.outcome === "refused") bump(this.refusals, `${kind}: ${verdict.reason}`);
    if (verdict.outcome === "platform") bump(this.platformFaults, verdict.reason);
    if (verdict.outcome === "own" && this.ownSamples.length < MAX_SAMPLES) {
      this.ownSamples.push(`${method} ${path.slice(0, 100)} → ${verdict.reason.slice(0, 300)}`);
    }
  }

  count(outcome) {
    let sum = 0;
    for (const entry of this.#kinds.values()) sum += entry[outcome];
    return sum;
  }

  /** Requests over SLOW_MS, whatever their answer. */
  slowCount() {
    let sum = 0;
    for (const entry of this.#kinds.values()) sum += entry.times.filter((ms) => ms > SLOW_MS).length;
    return sum;
  }

  /** One row per kind: counts, percentiles and outcomes (ms). */
  rows() {
    return [...this.#kinds]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, entry]) => {
        const times = [...entry.times].sort((a, b) => a - b);
        const server = [...entry.server].sort((a, b) => a - b);
        return {
          kind,
          requests: times.length,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          max: times.at(-1) ?? Number.NaN,
          serverP95: percentile(server, 95),
          ok: entry.ok,
          refused: entry.refused,
          platform: entry.platform,
          own: entry.own,
        };
      });
  }
}

function bump(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1);
}
