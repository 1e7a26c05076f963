// `npm run bench`: starts the production build and the sandbox (BENCH_ORDERS per platform, 50,000 by default),
// lets the order index import the five shops at the platforms' own request rates, measures the index side by
// side with the live fan-out for the same queries, and prints measured against target. Run `npm run build`
// first (it builds when .next is missing). BENCH_POSTGRES=0 skips the PostgreSQL run.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import pg from "pg";
import { measurePage } from "./browser.mjs";
import { routeBundleSizes } from "./bundles.mjs";
import {
  client,
  connectShops,
  followBackfill,
  newOrderLatency,
  PLATFORMS,
  serverTimes,
  throughput,
  timeExport,
} from "./index-bench.mjs";
import { liveLister } from "./live.mjs";
import { eventLatency, heldStreams, overviewLcp } from "./live-events.mjs";
import { startApp, startSandbox, signIn } from "./servers.mjs";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 50_000);
const rows = [];
const report = (metric, measured, target = "", ok = true) =>
  rows.push({ metric, measured, target, ok: ok ? "yes" : "NO" });
const ms = (value) => `${value.toFixed(1)} ms`;

if (!existsSync(".next/BUILD_ID")) execSync("node_modules/.bin/next build", { stdio: "inherit" });
const sandbox = await startSandbox({ port: 4510, orders: ORDERS });
const app = await startApp({ port: 3510 });
const session = await signIn(app.url);
const api = client(app.url, session.token);

// 1. The backfill, at each platform's own rate limit.
const ids = await connectShops(api, sandbox.url);
const backfill = await followBackfill(api, app.pid, ids);
const requests = (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()).requests;
const { getAdapter } = await import("../../lib/platforms/registry.ts");
for (const platform of PLATFORMS) {
  const { orders, seconds } = backfill.perPlatform[platform];
  const calls = requests.filter((r) => r.platform === platform).length;
  const rate = getAdapter(platform).limits.requestsPerSecond;
  report(
    `backfill, ${platform}`,
    `${Math.round(orders / seconds)} orders/s, ${(calls / seconds).toFixed(1)} req/s`,
    rate ? `its limit ${rate} req/s` : "",
  );
}
report(
  `backfill of ${(PLATFORMS.length * ORDERS).toLocaleString("en")} orders: time, peak RSS`,
  `${backfill.seconds.toFixed(0)} s, ${backfill.peakRss} MB`,
  "≤ 400 MB",
  backfill.peakRss <= 400,
);

// 2. Reads from the index: server time of a page of 50 per filter and sort, search, counts.
const first = (await (await api("/api/orders?limit=50")).json()).orders;
const surname = mostCommon(first.map((o) => o.customer.name?.split(" ").at(-1)).filter(Boolean));
const pageThree = await cursorAfter(api, "limit=50", 2);
const queries = {
  "newest first": "limit=50",
  "page 3 (cursor)": `limit=50&cursor=${encodeURIComponent(pageThree)}`,
  "stage shipped": "limit=50&stage=shipped",
  "one shop's status": `limit=50&connection=${ids.merchantpro}&status=shipped`,
  "placed in a fortnight": `limit=50&from=${daysAgo(30)}&to=${daysAgo(15)}`,
  "total 100–500": "limit=50&minTotal=100&maxTotal=500",
  "currency EUR": "limit=50&currency=EUR",
  "not yet sent to ERP": "limit=50&erp=unsent",
  "highest total": "limit=50&sort=total_desc",
  "customer A–Z": "limit=50&sort=customer_asc",
  status: "limit=50&sort=status_asc",
  "connection A–Z": "limit=50&sort=connection_asc",
};
for (const [label, query] of Object.entries(queries)) {
  const { p95 } = await serverTimes(api, `/api/orders?${query}`);
  report(`index: ${label} (p95 server time)`, ms(p95), "≤ 30 ms", p95 <= 30);
}
const searches = {
  [`surname "${surname}"`]: surname,
  "surname without accents": plain(surname),
  "order number prefix": first[0].number.slice(0, -2),
  email: first[1].customer.email ?? "",
};
for (const [label, q] of Object.entries(searches)) {
  const { p95 } = await serverTimes(api, `/api/orders?limit=50&q=${encodeURIComponent(q)}`);
  report(`index search: ${label} (p95)`, ms(p95), "≤ 150 ms", p95 <= 150);
}
for (const [label, query] of Object.entries({
  "counts, no filter": "",
  "counts, stage + search": `stage=shipped&q=${encodeURIComponent(surname)}`,
})) {
  const { p95 } = await serverTimes(api, `/api/orders/counts?${query}`);
  report(`index: ${label} (p95)`, ms(p95), "≤ 100 ms", p95 <= 100);
}
// The overview's 30 days: figures, days, stages and what needs attention in one answer.
const overviewPath = `/api/overview?range=30d&tz=${encodeURIComponent("Europe/Bucharest")}`;
const overview = await serverTimes(api, overviewPath);
report("overview, 30 days (p95 server time)", ms(overview.p95), "≤ 150 ms", overview.p95 <= 150);

// 3. Throughput with signed-in sessions; 4. the export; 5. a new order's way into the list.
const embedded = await throughput(app.url, session.cookieHeader);
report(
  "/api/orders throughput, signed-in sessions (PGlite)",
  `${Math.round(embedded.rps)} req/s (${embedded.non2xx} non-2xx)`,
  "≥ 500 req/s",
  embedded.rps >= 500 && embedded.non2xx === 0,
);
const exported = await timeExport(api, app.pid);
report(
  `export of ${exported.rows.toLocaleString("en")} orders`,
  `${exported.seconds.toFixed(2)} s; RSS ${exported.before} → peak ${exported.peak} → ${exported.after} MB`,
  "≤ 3 s, flat",
  exported.seconds <= 3 && exported.peak - exported.before <= 100,
);
const latencies = await newOrderLatency(api, sandbox.url);
const median = latencies[Math.floor(latencies.length / 2)];
report(
  "a new order listed after (median of 5)",
  `${median.toFixed(1)} s (${latencies.map((s) => s.toFixed(1)).join(", ")})`,
  "≤ 30 s",
  median <= 30,
);

// 6. The same questions answered live (the list before the index), with the sandbox answering in 100 ms.
await Promise.all(
  PLATFORMS.map((p) =>
    fetch(`${sandbox.url}/_sandbox/faults/${p}`, { method: "PUT", body: JSON.stringify({ latencyMs: 100 }) }),
  ),
);
const live = await liveLister(sandbox.url);
for (const [label, query] of Object.entries({
  "newest first": "limit=50",
  "stage shipped": "limit=50&stage=shipped",
})) {
  report(`live fan-out: ${label} (p50, 100 ms platforms)`, ms((await live.time(query)).p50));
}
const hunt = await live.untilFirstMatch(`limit=50&q=${encodeURIComponent(surname)}`);
report(
  `live fan-out: first page with "${surname}"`,
  `${hunt.found ? "after" : "none within"} ${hunt.pages} pages, ${hunt.seconds.toFixed(1)} s`,
);
const rate = await live.pagingRate();
report(
  "live fan-out: export of 10,000 orders (extrapolated)",
  `${(10_000 / rate).toFixed(0)} s (${rate.toFixed(0)} orders/s)`,
);
await live.close();
await Promise.all(PLATFORMS.map((p) => fetch(`${sandbox.url}/_sandbox/faults/${p}`, { method: "DELETE" })));

// 7. JavaScript per route (the overview within 100 kB of the list), and the list page in headless Chromium.
const bundles = routeBundleSizes() ?? [];
const listKB = bundles.find((bundle) => bundle.route === "/orders")?.kB ?? 0;
const bundleTargets = { "/orders": 250, "/": listKB + 100 };
for (const { route, kB } of bundles)
  report(
    `JS gzipped, ${route}`,
    `${kB.toFixed(1)} kB`,
    bundleTargets[route] ? `≤ ${bundleTargets[route].toFixed(0)} kB` : "",
    !bundleTargets[route] || kB <= bundleTargets[route],
  );
try {
  const browser = await measurePage(app.url, session.cookies);
  report(
    "/orders: 100 rows rendered after their data arrives (median)",
    ms(browser.render),
    "≤ 50 ms",
    browser.render <= 50,
  );
  report(
    "/orders: Largest Contentful Paint (median)",
    `${browser.lcp.toFixed(0)} ms`,
    "≤ 1500 ms",
    browser.lcp <= 1500,
  );
} catch (error) {
  report("/orders in Chromium", `not measured: ${String(error).split("\n")[0].slice(0, 60)}`, "", false);
}
const overviewPaint = await overviewLcp(app.url, session.cookies);
report("/: Largest Contentful Paint (median)", `${overviewPaint.toFixed(0)} ms`, "≤ 1500 ms", overviewPaint <= 1500);

// 8. Live updates: an index write's way to a browser, and BENCH_STREAMS open streams for BENCH_STREAM_MINUTES.
const events = await eventLatency(app.url, session.cookies, sandbox.url);
report(
  "live event from the index write to the browser (median of 7)",
  `${(events.median * 1000).toFixed(0)} ms (${events.all.map((s) => (s * 1000).toFixed(0)).join(", ")})`,
  "≤ 1000 ms",
  events.median <= 1,
);
const streamCount = Number(process.env.BENCH_STREAMS ?? 200);
const held = await heldStreams(app.url, session.cookieHeader, app.pid, sandbox.url, {
  streams: streamCount,
  minutes: Number(process.env.BENCH_STREAM_MINUTES ?? 5),
});
const [rssStart, rssEnd] = [held.rss[0], held.rss.at(-1)];
report(
  `${streamCount} event streams held: server RSS start → end (each minute)`,
  `${rssStart} → ${rssEnd} MB (${held.rss.join(", ")}); ${held.failures.length} streams failed`,
  "≤ +10%, none fail",
  rssEnd <= rssStart * 1.1 && held.failures.length === 0,
);
report(
  `${streamCount} event streams: order events each stream got (fewest)`,
  `${held.fewestEvents} for ${held.orders} new orders`,
  "every stream hears every new order",
  held.fewestEvents >= held.orders,
);
app.stop();

// 9. The same reads on PostgreSQL (a fresh database; its backfill runs without the platforms' limits).
if (process.env.BENCH_POSTGRES !== "0") {
  const server = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const name = `orderdeck_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const onPg = await startApp({ port: 3511, databaseUrl: url.toString() });
  const pgSession = await signIn(onPg.url);
  const pgApi = client(onPg.url, pgSession.token);
  const pgIds = await connectShops(pgApi, sandbox.url, { requestsPerSecond: 1000, concurrency: 8 });
  const pgBackfill = await followBackfill(pgApi, onPg.pid, pgIds);
  report(
    "PostgreSQL: backfill time, the server's peak RSS (platform limits lifted)",
    `${pgBackfill.seconds.toFixed(0)} s, ${pgBackfill.peakRss} MB`,
    "≤ 400 MB",
    pgBackfill.peakRss <= 400,
  );
  for (const [label, query] of Object.entries({
    "newest first": "limit=50",
    "highest total": "limit=50&sort=total_desc",
    [`search "${surname}"`]: `limit=50&q=${encodeURIComponent(surname)}`,
  })) {
    report(`PostgreSQL: ${label} (p95 server time)`, ms((await serverTimes(pgApi, `/api/orders?${query}`)).p95));
  }
  const pgOverview = await serverTimes(pgApi, overviewPath);
  report("PostgreSQL: overview, 30 days (p95 server time)", ms(pgOverview.p95), "≤ 150 ms", pgOverview.p95 <= 150);
  const onServer = await throughput(onPg.url, pgSession.cookieHeader);
  report(
    "/api/orders throughput, signed-in sessions (PostgreSQL)",
    `${Math.round(onServer.rps)} req/s (${onServer.non2xx} non-2xx)`,
    "≥ 500 req/s",
    onServer.rps >= 500 && onServer.non2xx === 0,
  );
  onPg.stop();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

sandbox.stop();
const width = Math.max(...rows.map((row) => row.metric.length));
console.log(`\n${"metric".padEnd(width)}  ${"measured".padEnd(48)}  ${"target".padEnd(16)}  met`);
for (const row of rows)
  console.log(
    `${row.metric.padEnd(width)}  ${row.measured.padEnd(48)}  ${row.target.padEnd(16)}  ${row.target ? row.ok : ""}`,
  );
process.exit(0);

function mostCommon(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "a";
}

function plain(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function daysAgo(days) {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}

async function cursorAfter(call, query, pages) {
  let cursor;
  for (let i = 0; i < pages; i++)
    cursor = (await (await call(`/api/orders?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`)).json())
      .nextCursor;
  return cursor;
}
