// The live updates (GET /api/events) and the overview page, measured from outside: how long an index write takes
// to reach a browser, whether 200 open streams keep the server's memory flat, and the overview's LCP.
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "@playwright/test";
import { CHROMIUM } from "../ensure-chromium.mjs";
import { PLATFORMS } from "./index-bench.mjs";
import { treeRssMb } from "./rss.mjs";

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function withPage(cookies, use) {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies(cookies);
    return await use(await context.newPage());
  } finally {
    await browser.close();
  }
}

const newSandboxOrder = (sandboxUrl, platform) =>
  fetch(`${sandboxUrl}/_sandbox/orders/${platform}`, { method: "POST" });

/**
 * From the index write (the event's `at`) to the browser's EventSource handler, for new sandbox orders
 * (the sync finds each within its interval; only the way from the index to the browser is timed). Seconds.
 */
export async function eventLatency(appUrl, cookies, sandboxUrl, trials = 7) {
  return withPage(cookies, async (page) => {
    await page.goto(`${appUrl}/orders`, { waitUntil: "load" });
    await page.evaluate(() => {
      window.__latencies = [];
      const stream = new EventSource("/api/events");
      stream.addEventListener("orders", (message) => {
        const event = JSON.parse(message.data);
        if (event.addedCount > 0) window.__latencies.push(Date.now() - Date.parse(event.at));
      });
    });
    for (let trial = 0; trial < trials; trial++) {
      const before = await page.evaluate(() => window.__latencies.length);
      await newSandboxOrder(sandboxUrl, PLATFORMS[trial % PLATFORMS.length]);
      await page.waitForFunction((count) => window.__latencies.length > count, before, { timeout: 120_000 });
    }
    const latencies = await page.evaluate(() => window.__latencies);
    return { median: median(latencies) / 1000, all: latencies.map((ms) => ms / 1000) };
  });
}

/** One stream read to its end (or until aborted), counting the events it delivered. */
async function holdStream(appUrl, cookieHeader, signal, counts, index) {
  const response = await fetch(`${appUrl}/api/events`, {
    headers: { cookie: cookieHeader, accept: "text/event-stream" },
    signal,
  });
  if (!response.ok) throw new Error(`stream ${index}: ${response.status}`);
  const decoder = new TextDecoder();
  try {
    for await (const chunk of response.body) {
      counts[index] += (decoder.decode(chunk, { stream: true }).match(/^event: orders$/gm) ?? []).length;
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

/**
 * `streams` open event streams for `minutes`, a new sandbox order every 10 s so events flow; the server's RSS
 * (its process tree) at the start, every minute and at the end, and how many order events each stream got.
 */
export async function heldStreams(appUrl, cookieHeader, pid, sandboxUrl, { streams = 200, minutes = 5 } = {}) {
  const controller = new AbortController();
  const counts = new Array(streams).fill(0);
  const held = Array.from({ length: streams }, (_, index) =>
    holdStream(appUrl, cookieHeader, controller.signal, counts, index),
  );
  const failures = [];
  for (const stream of held) stream.catch((error) => failures.push(String(error)));
  await sleep(5_000);
  const rss = [treeRssMb(pid)];
  const endsAt = Date.now() + minutes * 60_000;
  let orders = 0;
  for (let tick = 1; Date.now() < endsAt; tick++) {
    await newSandboxOrder(sandboxUrl, PLATFORMS[tick % PLATFORMS.length]);
    orders++;
    await sleep(10_000);
    if (tick % 6 === 0) rss.push(treeRssMb(pid));
  }
  rss.push(treeRssMb(pid));
  controller.abort();
  await Promise.allSettled(held);
  return { rss, orders, fewestEvents: Math.min(...counts), failures };
}

/** The overview's Largest Contentful Paint, each run in a fresh context of one browser (median of `runs`). */
export async function overviewLcp(appUrl, cookies, runs = 7) {
  const browser = await chromium.launch(CHROMIUM);
  const lcps = [];
  try {
    for (let run = 0; run < runs; run++) {
      // A browser that has opened any Orderdeck page (the sign-in page included) has told its time zone in a
      // cookie; with it the server renders the first figures (a first visit without it gets the skeleton).
      const timezoneId = "Europe/Bucharest";
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId });
      await context.addCookies([
        ...cookies,
        { name: "orderdeck-tz", value: encodeURIComponent(timezoneId), url: appUrl },
      ]);
      await context.addInitScript(() => {
        window.__lcp = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__lcp = entry.startTime;
        }).observe({ type: "largest-contentful-paint", buffered: true });
      });
      const page = await context.newPage();
      await page.goto(`${appUrl}/`, { waitUntil: "networkidle" });
      await page.waitForTimeout(300);
      lcps.push(await page.evaluate(() => window.__lcp));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return median(lcps);
}
