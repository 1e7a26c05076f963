// Fault injection: the knobs that make a platform slow, failing, rate-limited, silent or garbled,
// so that Orderdeck's timeouts, retries, banners and error messages can be exercised on purpose.
import type { FaultRule } from "./fault-rules";
import type { PlatformSlug } from "./types";

export interface FaultSettings {
  /** Added latency: a fixed number of ms, or a [min, max] range drawn uniformly. */
  latencyMs?: number | [number, number];
  /** Share of requests (0..1) answered with a 500 in the platform's own style (HTML for the Django ones). */
  errorRate?: number;
  /** Requests per second allowed before 429 with Retry-After; null or 0 = unlimited. */
  rateLimitPerSecond?: number | null;
  /** Share of requests (0..1) that are never answered (to test timeouts). */
  hangRate?: number;
  /** Share of requests (0..1) answered 200 with a body that is not valid JSON. */
  malformedRate?: number;
  /**
   * Requests whose path contains any of these strings fail with 500 (deterministic failures, e.g. order ids);
   * a method before the fragment narrows it ("GET /System/Orders/7": reading fails, writing works).
   */
  failPaths?: string[];
  /** One kind of failure on purpose for the matching requests (fault-rules.ts); the first matching rule applies. */
  rules?: FaultRule[];
}

function envNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === "") return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`${name} must be a number, got "${value}"`);
  return parsed;
}

function envLatency(env: NodeJS.ProcessEnv, name: string): FaultSettings["latencyMs"] {
  const value = env[name];
  if (value === undefined || value === "") return undefined;
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(value);
  if (range) return [Number(range[1]), Number(range[2])];
  return envNumber(env, name);
}

/**
 * Faults from the environment: SANDBOX_LATENCY_MS ("50" or "20-80"), SANDBOX_ERROR_RATE, SANDBOX_RATE_LIMIT,
 * SANDBOX_HANG_RATE, SANDBOX_MALFORMED_RATE; each also per platform, e.g. SANDBOX_RETAILYS_LATENCY_MS,
 * SANDBOX_AKINON_OMNITRON_ERROR_RATE (the platform-specific one wins).
 */
export function faultsFromEnv(
  platform: PlatformSlug,
  env: NodeJS.ProcessEnv = process.env,
  /** The limit the platform documents (SandboxPlatform.documentedRateLimit), imitated unless the env sets one. */
  documentedRateLimit: number | null = null,
): FaultSettings {
  const prefix = `SANDBOX_${platform.toUpperCase().replace(/-/g, "_")}_`;
  const pick = <T>(read: (name: string) => T | undefined, suffix: string) =>
    read(prefix + suffix) ?? read(`SANDBOX_${suffix}`);
  const number = (name: string) => envNumber(env, name);
  const settings: FaultSettings = {
    latencyMs: pick((name) => envLatency(env, name), "LATENCY_MS"),
    errorRate: pick(number, "ERROR_RATE"),
    rateLimitPerSecond: pick(number, "RATE_LIMIT") ?? documentedRateLimit,
    hangRate: pick(number, "HANG_RATE"),
    malformedRate: pick(number, "MALFORMED_RATE"),
  };
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as FaultSettings;
}

export function drawLatency(latency: FaultSettings["latencyMs"]): number {
  if (latency === undefined) return 0;
  if (typeof latency === "number") return latency;
  const [min, max] = latency;
  return min + Math.random() * (max - min);
}

/** A one-second sliding window per platform, as a simple per-IP limiter behaves for one client. */
export class RateLimiter {
  private stamps: number[] = [];

  /** Returns null when allowed, else the seconds to wait (for Retry-After). */
  take(limitPerSecond: number | null | undefined, now = Date.now()): number | null {
    if (!limitPerSecond) return null;
    while (this.stamps.length > 0 && this.stamps[0]! <= now - 1000) this.stamps.shift();
    if (this.stamps.length >= limitPerSecond) return Math.max(1, Math.ceil((this.stamps[0]! + 1000 - now) / 1000));
    this.stamps.push(now);
    return null;
  }
}
