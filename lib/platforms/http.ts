// The one upstream transport all adapters use: a deadline on every call, retries for GETs only, Retry-After,
// the connection's shared concurrency and rate limits, coalescing of identical GETs, the SSRF guard at
// connect time, no redirects, secret redaction and per-call timing. It never throws for a 4xx/5xx status:
// the adapter reads the platform's own error body and chooses the PlatformError.
import "server-only";
import { createHash } from "node:crypto";
import { request as undiciRequest } from "undici";
import { PlatformError, type PlatformErrorKind } from "./errors";
import { GuardError } from "./guard";
import { upstreamAgent } from "./http-agent";
import { type CallPriority, joinFlight, runLimited } from "./http-limits";
import { createRedactor } from "./http-redact";
import { type Answer, locationOf, reasonOf, resolveUrl, toHeaders, toResponse } from "./http-request";
import { backoffMs, parseRetryAfter, RETRY_STATUSES, sleep } from "./http-retry";

export interface UpstreamRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Appended to the connection's baseUrl ("/api/v2/orders"); an absolute URL only with baseUrl's origin. */
  path: string;
  query?: Record<string, string | number | boolean | null | undefined>;
  headers?: Record<string, string>;
  /** JSON-encoded; sets content-type unless the headers do. */
  body?: unknown;
  /** A sign-in (credentials for a token): a POST that changes nothing, which callers counting writes leave out. */
  signIn?: boolean;
}

export interface UpstreamResponse {
  status: number;
  headers: Headers;
  /**
   * The body. Error answers (4xx/5xx) have every known secret redacted, since adapters build messages from
   * them; success bodies are data and stay verbatim (a login answer may carry an already-known token).
   */
  text: string;
  /** From the call to the answer, retries and waits included. */
  durationMs: number;
  /** Throws PlatformError("bad_response") when the body is not JSON. */
  json(): unknown;
}

export interface UpstreamTiming {
  label: string;
  status: number | "error";
  durationMs: number;
  /** The call was a sign-in (UpstreamRequest.signIn). */
  signIn?: true;
}

export interface Upstream {
  request(req: UpstreamRequest, signal?: AbortSignal): Promise<UpstreamResponse>;
  /** Register secrets learned later (e.g. a login token) so they are redacted too. */
  addSecret(value: string): void;
  timings: UpstreamTiming[];
  connectionId: string;
}

export interface UpstreamOptions {
  connectionId: string;
  platformLabel: string;
  baseUrl: string;
  secrets: string[];
  timeoutMs?: number;
  requestsPerSecond: number;
  concurrency: number;
  allowPrivate: boolean;
  maxRetries?: number;
  /**
   * How long all calls through this transport may take together — queueing, retries and waits included — so
   * a request that needs several calls (read, write, re-read) still answers in time. None: each call has only
   * its own timeoutMs.
   */
  budgetMs?: number;
  /** Background calls (the sync) wait while interactive ones are queued for the same connection. */
  priority?: CallPriority;
}

interface Prepared {
  method: UpstreamRequest["method"];
  url: URL;
  headers: Headers;
  body: string | undefined;
  label: string;
  signIn: boolean;
}

type Attempt =
  | ({ ok: true } & Answer)
  | { ok: false; status: number | "error"; error: PlatformError; retryable: boolean };

// A wait that would leave the retried request less than this before the deadline is not worth starting.
const MIN_ATTEMPT_MS = 250;

export function createUpstream(options: UpstreamOptions): Upstream {
  const { connectionId, platformLabel } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const { budgetMs } = options;
  const budget = budgetMs ? AbortSignal.timeout(budgetMs) : undefined;
  const budgetEndsAt = budgetMs ? Date.now() + budgetMs : Number.POSITIVE_INFINITY;
  const maxRetries = options.maxRetries ?? 2;
  const rate = { requestsPerSecond: options.requestsPerSecond, concurrency: Math.floor(options.concurrency) };
  if (!(rate.requestsPerSecond > 0) || !(rate.concurrency >= 1)) {
    throw new RangeError(`invalid upstream limits for ${connectionId}: ${JSON.stringify(rate)}`);
  }
  const base = new URL(options.baseUrl);
  const redactor = createRedactor(options.secrets);
  const agent = upstreamAgent(options.allowPrivate);
  const timings: UpstreamTiming[] = [];
  const fail = (kind: PlatformErrorKind, message: string, status?: number) =>
    new PlatformError(kind, redactor.redact(message), status === undefined ? {} : { status });
  const outOfTime = (ms: number) =>
    fail("timeout", `${platformLabel} did not answer within ${Number((ms / 1000).toFixed(1))} s`);
  const redactError = (status: number, text: string) => (status >= 400 ? redactor.redact(text) : text);
  const respond = (answer: Answer, durationMs: number) =>
    toResponse(answer, durationMs, () =>
      fail("bad_response", `${platformLabel} returned a response that is not valid JSON`, answer.status),
    );

  function prepare(req: UpstreamRequest): Prepared {
    redactor.addHeaders(Object.entries(req.headers ?? {}));
    const url = resolveUrl(base, req.path, req.query);
    if (!url) {
      throw fail("network", `${platformLabel}: ${req.path} is not on the base URL's host ${base.host} — not followed`);
    }
    const headers = new Headers({ accept: "application/json" });
    for (const [name, value] of Object.entries(req.headers ?? {})) headers.set(name, value);
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
    const label = redactor.redact(`${req.method} ${url.pathname}`);
    return { method: req.method, url, headers, body, label, signIn: req.signIn === true };
  }

  async function attempt(p: Prepared, signal: AbortSignal): Promise<Attempt> {
    let answer: Answer;
    try {
      answer = await runLimited(connectionId, rate, signal, options.priority, async () => {
        const res = await undiciRequest(p.url, {
          method: p.method,
          headers: Object.fromEntries(p.headers),
          body: p.body,
          signal,
          dispatcher: agent,
        });
        // Read inside the slot: the connection is busy until the body is in.
        return { status: res.statusCode, headers: toHeaders(res.headers), text: await res.body.text() };
      });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const guarded = error instanceof GuardError || (error instanceof Error && error.cause instanceof GuardError);
      const message = `${platformLabel} cannot be reached: ${reasonOf(error)}`;
      return { ok: false, status: "error", error: fail("network", message), retryable: !guarded };
    }
    if (answer.status >= 300 && answer.status < 400) {
      // Following would send our credentials to wherever the platform (or an attacker) points (MerchantPro's
      // bare-domain → www redirect also drops Basic auth), so the admin fixes the base URL instead.
      const target = locationOf(answer.headers, p.url);
      const where = !target ? "another address" : target.origin === p.url.origin ? target.pathname : target.host;
      const message = `${platformLabel} redirected to ${where} — redirects are not followed`;
      return { ok: false, status: answer.status, error: fail("network", message, answer.status), retryable: false };
    }
    return { ok: true, status: answer.status, headers: answer.headers, text: redactError(answer.status, answer.text) };
  }

  async function execute(p: Prepared, outer: AbortSignal | undefined): Promise<UpstreamResponse> {
    const started = performance.now();
    const deadline = AbortSignal.timeout(timeoutMs);
    const deadlineAt = Math.min(Date.now() + timeoutMs, budgetEndsAt);
    const signal = outer ? AbortSignal.any([deadline, outer]) : deadline;
    // The last answer before a retry: when the deadline cuts the retry short, that answer is what happened.
    let previous: Attempt | undefined;
    try {
      for (let n = 0; ; n++) {
        const attemptStarted = performance.now();
        let result: Attempt | undefined;
        try {
          result = await attempt(p, signal);
        } finally {
          timings.push({
            label: p.label,
            status: result?.status ?? "error",
            durationMs: performance.now() - attemptStarted,
            ...(p.signIn ? { signIn: true as const } : {}),
          });
        }
        const retryable = result.ok ? RETRY_STATUSES.has(result.status) : result.retryable;
        const retryAfter =
          result.ok && result.status === 429 ? parseRetryAfter(result.headers.get("retry-after")) : null;
        const wait = retryAfter ?? backoffMs(n);
        // Never retry writes; and a 429 whose Retry-After outlasts the deadline goes back to the adapter,
        // which reports rate_limited with the wait.
        if (p.method !== "GET" || !retryable || n >= maxRetries || wait + MIN_ATTEMPT_MS > deadlineAt - Date.now()) {
          if (!result.ok) throw result.error;
          return respond(result, performance.now() - started);
        }
        console.warn(
          redactor.redact(
            `[upstream ${connectionId}] ${p.label} → ${result.status}; retry ${n + 1}/${maxRetries} in ${wait} ms`,
          ),
        );
        previous = result;
        await sleep(wait, signal);
      }
    } catch (error) {
      const ranOutAfter = deadline.aborted ? timeoutMs : budget?.aborted ? budgetMs : undefined;
      if (error instanceof PlatformError || ranOutAfter === undefined) throw error;
      // The platform did answer (a 502, a refused connection), only the retry ran out of time: say what it answered,
      // not that it was silent.
      if (previous && !previous.ok) throw previous.error;
      if (previous?.ok) return respond(previous, performance.now() - started);
      throw outOfTime(ranOutAfter);
    }
  }

  async function request(req: UpstreamRequest, signal?: AbortSignal): Promise<UpstreamResponse> {
    const limited = budget && signal ? AbortSignal.any([signal, budget]) : (budget ?? signal);
    try {
      return await send(req, limited);
    } catch (error) {
      // Ran out of the budget while queued or waiting on another caller's identical GET.
      if (budgetMs && budget?.aborted && !(error instanceof PlatformError)) throw outOfTime(budgetMs);
      throw error;
    }
  }

  async function send(req: UpstreamRequest, signal?: AbortSignal): Promise<UpstreamResponse> {
    const p = prepare(req);
    if (p.method !== "GET") return execute(p, signal);
    // Same URL and same headers (credentials included) means the same answer: one call serves them all.
    const key = createHash("sha256")
      .update(JSON.stringify([connectionId, options.allowPrivate, p.url.href, [...p.headers]]))
      .digest("hex");
    const started = performance.now();
    const { promise, joined } = joinFlight(key, (flightSignal) => execute(p, flightSignal), signal);
    if (!joined) return promise;
    let status: UpstreamTiming["status"] = "error";
    try {
      const shared = await promise;
      status = shared.status;
      // Another Upstream's response: pass it through this one's secrets too.
      return respond({ ...shared, text: redactError(shared.status, shared.text) }, performance.now() - started);
    } catch (error) {
      throw error instanceof PlatformError
        ? new PlatformError(error.kind, redactor.redact(error.message), error.details)
        : error;
    } finally {
      timings.push({ label: `${p.label} (shared)`, status, durationMs: performance.now() - started });
    }
  }

  return { request, addSecret: (value) => redactor.add(value), timings, connectionId };
}
