// One signed-in caller of the API (a user's cookie jar, or an API token): every request is timed, judged
// (metrics.mjs), scanned for secrets, and recorded under its kind.
import { judge } from "./metrics.mjs";

/** Longer than SLOW_MS: a slow answer is measured, and counted as a failure, rather than cut short. */
const GIVE_UP_MS = 30_000;

/** `auth`: { cookie } (a browser session: writes send Origin, as the pages do) or { token }. */
export function apiClient(appUrl, auth, { metrics, secrets }) {
  const authHeaders = auth.token ? { authorization: `Bearer ${auth.token}` } : { cookie: auth.cookie };
  return async function call(kind, path, { method = "GET", body, headers = {}, expect = "json", platform } = {}) {
    const started = performance.now();
    let response;
    let text = "";
    let error = null;
    try {
      response = await fetch(`${appUrl}${path}`, {
        method,
        redirect: "manual",
        signal: AbortSignal.timeout(GIVE_UP_MS),
        headers: {
          ...authHeaders,
          ...(auth.cookie && method !== "GET" ? { origin: appUrl } : {}),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      text = await response.text();
    } catch (caught) {
      error = caught;
    }
    const ms = performance.now() - started;
    secrets.scan(text, `the answer to ${method} ${path.split("?")[0]}`);
    const contentType = response?.headers.get("content-type") ?? "";
    let json;
    if (contentType.includes("json")) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    const status = response?.status ?? 0;
    const verdict = judge({ status, contentType, text, json, ms, error, expect });
    const serverMs = Number(/total;dur=([\d.]+)/.exec(response?.headers.get("server-timing") ?? "")?.[1]);
    metrics.record(kind, ms, verdict, { method, path, serverMs, platform });
    return { status, ok: verdict.outcome === "ok", verdict, json, text, headers: response?.headers, ms };
  };
}
