// The order index under load: a 5 × 50,000-order backfill at the platforms' own request rates (orders/s per
// platform, RSS), list/search/count server times, throughput with signed-in sessions, the export, and how
// soon a new order placed on a platform is listed.
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";
import { percentile } from "./measure.mjs";
import { treeRssMb } from "./rss.mjs";

const { sandboxConnectionCredentials } = await import("../../lib/sandbox/credentials.ts");
export const { SANDBOX_PLATFORM_IDS: PLATFORMS } = await import("../../lib/sandbox/platforms.ts");

export function client(appUrl, token) {
  return (path, init = {}) =>
    fetch(`${appUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers },
    });
}

/** One connection per sandbox shop, with the platforms' own rate limits (the backfill's pace). */
export async function connectShops(api, sandboxUrl, options = {}) {
  const ids = {};
  for (const platform of PLATFORMS) {
    const credentials = sandboxConnectionCredentials(platform);
    const response = await api("/api/connections", {
      method: "POST",
      body: JSON.stringify({
        name: `Bench ${platform}`,
        platform,
        baseUrl: `${sandboxUrl}/${platform}`,
        credentials,
        options,
      }),
    });
    if (response.status !== 201) throw new Error(`connect ${platform}: ${await response.text()}`);
    ids[platform] = (await response.json()).connection.id;
  }
  return ids;
}

/** Follows the backfill until every shop is imported: per shop orders/s, and the server's peak RSS. */
export async function followBackfill(api, pid, ids, timeoutMs = 20 * 60_000) {
  const started = Date.now();
  const done = {};
  let peakRss = 0;
  while (Object.keys(done).length < PLATFORMS.length) {
    if (Date.now() - started > timeoutMs) throw new Error("the backfill did not finish in time");
    peakRss = Math.max(peakRss, treeRssMb(pid));
    const { connections } = await (await api("/api/connections")).json();
    for (const platform of PLATFORMS) {
      const sync = connections.find((c) => c.id === ids[platform])?.sync;
      if (!done[platform] && sync?.phase === "live")
        done[platform] = { orders: sync.total ?? sync.imported, seconds: (Date.now() - started) / 1000 };
    }
    await sleep(500);
  }
  return { perPlatform: done, peakRss, seconds: (Date.now() - started) / 1000 };
}

/** Server time (its Server-Timing `total`) of `count` requests, each read afresh: p50 and p95 in ms. */
export async function serverTimes(api, path, count = 30) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const response = await api(path, { headers: { "cache-control": "no-cache" } });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${(await response.text()).slice(0, 200)}`);
    await response.arrayBuffer();
    const total = /total;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "");
    times.push(Number(total?.[1] ?? Number.NaN));
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Requests/s of the list with signed-in sessions (cookies), many clients at once. */
export async function throughput(appUrl, cookieHeader, path = "/api/orders?limit=50") {
  const result = await autocannon({
    url: `${appUrl}${path}`,
    connections: 16,
    duration: 10,
    headers: { cookie: cookieHeader },
  });
  return { rps: result.requests.average, non2xx: result.non2xx, errors: result.errors };
}

/** Downloads an export of `limit` orders: seconds, rows, and the server's RSS before and after. */
export async function timeExport(api, pid, query = "sort=total_desc") {
  const before = treeRssMb(pid);
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb(pid));
  }, 100);
  const started = performance.now();
  const text = await (await api(`/api/orders/export?${query}`)).text();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  return { seconds, rows: text.trim().split("\r\n").length - 1, before, peak, after: treeRssMb(pid) };
}

/** Seconds from placing an order on a platform to its being listed (the default sync interval), per trial. */
export async function newOrderLatency(api, sandboxUrl, trials = 5) {
  const latencies = [];
  for (let trial = 0; trial < trials; trial++) {
    const platform = PLATFORMS[trial % PLATFORMS.length];
    const placed = await (await fetch(`${sandboxUrl}/_sandbox/orders/${platform}`, { method: "POST" })).json();
    const started = Date.now();
    const id = placed.ids[0];
    for (;;) {
      const { orders } = await (await api(`/api/orders?limit=5`)).json();
      if (orders.some((order) => order.id === id)) break;
      if (Date.now() - started > 120_000) throw new Error(`order ${id} of ${platform} was never listed`);
      await sleep(250);
    }
    latencies.push((Date.now() - started) / 1000);
  }
  return latencies.sort((a, b) => a - b);
}
