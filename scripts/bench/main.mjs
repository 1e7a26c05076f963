// `npm run bench`: starts the production build and the sandbox, measures side by side in one run, and
// prints measured vs target. Run `npm run build` first (it builds when .next is missing).
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import autocannon from "autocannon";
import { measurePage } from "./browser.mjs";
import { routeBundleSizes } from "./bundles.mjs";
import { directHeaders, lastSeq, upstreamCallsOf } from "./direct.mjs";
import { timePaired, timeRequests } from "./measure.mjs";
import { adminToken, startServers } from "./servers.mjs";

const PLATFORMS = ["ecom-md", "merchantpro", "akinon-seller-center", "retailys", "akinon-omnitron"];
const SANDBOX_CREDENTIALS = (await import("../../lib/sandbox/credentials.ts")).SANDBOX_CREDENTIALS;

if (!existsSync(".next/BUILD_ID")) execSync("node_modules/.bin/next build", { stdio: "inherit" });
const { appUrl, sandboxUrl, stop } = await startServers({ appPort: 3510, sandboxPort: 4510 });
const { token, cookies } = await adminToken(appUrl);
const api = (path, init = {}) => fetch(`${appUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers } });
const setLatency = (ms) => Promise.all(PLATFORMS.map((p) => fetch(`${sandboxUrl}/_sandbox/faults/${p}`, { method: "PUT", body: JSON.stringify({ latencyMs: ms, rateLimitPerSecond: null }) })));

// One connection per sandbox shop. The platforms' own rate limits are lifted: this measures Orderdeck.
const ids = {};
for (const platform of PLATFORMS) {
  const credentials = platform === "akinon-seller-center" ? { accessToken: SANDBOX_CREDENTIALS[platform].accessToken } : { ...SANDBOX_CREDENTIALS[platform] };
  const response = await api("/api/connections", {
    method: "POST",
    body: JSON.stringify({ name: `Bench ${platform}`, platform, baseUrl: `${sandboxUrl}/${platform}`, credentials, options: { requestsPerSecond: 10_000, concurrency: 64 } }),
  });
  ids[platform] = (await response.json()).connection.id;
}
// Every timed page reads the platforms (`Cache-Control: no-cache` skips the one-second shared page memory):
// the fan-out and the overhead are Orderdeck's work, not a memory hit.
const FRESH = { "cache-control": "no-cache" };
const page = (query) => async () => {
  const response = await api(`/api/orders?limit=50${query}`, { headers: FRESH });
  const body = await response.json();
  if (!response.ok || body.errors.length > 0) throw new Error(`list failed: ${JSON.stringify(body).slice(0, 300)}`);
};
const rows = [];
const report = (metric, measured, target, ok) => rows.push({ metric, measured, target, ok: ok ? "yes" : "NO" });

// 1. Fan-out with the sandbox answering in 50 ms.
await setLatency(50);
await timeRequests(3, page(""));
const singles = {};
for (const platform of PLATFORMS) singles[platform] = (await timeRequests(15, page(`&connection=${ids[platform]}`))).p50;
const slowest = Math.max(...Object.values(singles));
const all = (await timeRequests(15, page(""))).p50;
for (const platform of PLATFORMS) report(`50-order page, ${platform} alone (p50, 50 ms sandbox)`, `${singles[platform].toFixed(1)} ms`, "", true);
report("50-order page across 5 connections (p50)", `${all.toFixed(1)} ms = ${(all / slowest).toFixed(2)}× slowest single`, "≤ 1.25×", all <= 1.25 * slowest);

// 2. Server overhead over calling the sandbox directly for the same page (sandbox at 0 ms).
await setLatency(0);
for (const platform of PLATFORMS) {
  const since = await lastSeq(sandboxUrl);
  await page(`&connection=${ids[platform]}`)();
  const calls = await upstreamCallsOf(sandboxUrl, platform, since);
  if (calls.length !== 1) {
    report(`server overhead, ${platform}`, `n/a (${calls.length} upstream calls per page)`, "", true);
    continue;
  }
  const headers = await directHeaders(sandboxUrl, platform);
  const direct = async () => (await fetch(`${sandboxUrl}/${platform}${calls[0].path}${calls[0].query}`, { headers })).arrayBuffer();
  const [ours, theirs] = await timePaired(200, page(`&connection=${ids[platform]}`), direct);
  const p50 = ours.p50 - theirs.p50;
  const p95 = ours.p95 - theirs.p95;
  report(`server overhead, ${platform} (p50 / p95)`, `${p50.toFixed(1)} / ${p95.toFixed(1)} ms`, "≤ 5 / ≤ 15 ms", p50 <= 5 && p95 <= 15);
  report(`sandbox list page, ${platform} (p50 over HTTP)`, `${theirs.p50.toFixed(2)} ms`, "< 5 ms", theirs.p50 < 5);
}

// 3. Throughput of /api/orders across all five connections (sandbox at 0 ms): the same list requested by many
// clients at once (they share each second's page reads), and every request reading all five platforms.
for (const [label, headers] of [["identical requests", {}], ["every request read afresh", FRESH]]) {
  const result = await autocannon({ url: `${appUrl}/api/orders?limit=50`, connections: 16, duration: 10, headers: { authorization: `Bearer ${token}`, ...headers } });
  report(`/api/orders throughput, 5 connections, ${label}`, `${Math.round(result.requests.average)} req/s (${result.non2xx} non-2xx)`, "≥ 300 req/s", result.requests.average >= 300 && result.non2xx === 0);
}

// 4. JavaScript per route.
for (const { route, kB } of routeBundleSizes() ?? []) report(`JS gzipped, ${route}`, `${kB.toFixed(1)} kB`, route === "/orders" ? "≤ 250 kB" : "", route !== "/orders" || kB <= 250);

// 5. The page in headless Chromium.
try {
  const browser = await measurePage(appUrl, cookies);
  report("/orders: 100 rows rendered after their data arrives (median)", `${browser.render.toFixed(1)} ms`, "≤ 50 ms", browser.render <= 50);
  report("/orders: Largest Contentful Paint (median)", `${browser.lcp.toFixed(0)} ms`, "≤ 1500 ms", browser.lcp <= 1500);
} catch (error) {
  report("/orders in Chromium", `not measured: ${String(error).split("\n")[0].slice(0, 60)}`, "", false);
}

stop();
const width = Math.max(...rows.map((row) => row.metric.length));
console.log(`\n${"metric".padEnd(width)}  ${"measured".padEnd(36)}  ${"target".padEnd(14)}  met`);
for (const row of rows) console.log(`${row.metric.padEnd(width)}  ${row.measured.padEnd(36)}  ${row.target.padEnd(14)}  ${row.target ? row.ok : ""}`);
process.exit(0);
