// In headless Chromium: the /orders page's Largest Contentful Paint, and how long the table takes to show
// 100 rows once their data has arrived (from the /api/orders response to the 100th row in the DOM).
import { chromium } from "@playwright/test";
import { CHROMIUM } from "../ensure-chromium.mjs";

const INSTRUMENT = () => {
  window.__bench = { lcp: 0, dataAt: 0, rowsAt: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.lcp = entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  const fetchOriginal = window.fetch;
  window.fetch = async (...args) => {
    const response = await fetchOriginal(...args);
    const url = String(args[0] instanceof Request ? args[0].url : args[0]);
    if (url.includes("/api/orders?") || url.endsWith("/api/orders")) {
      // The app reads bodies with text() (then JSON.parse); json() is covered for other clients.
      for (const method of ["text", "json"]) {
        const read = response[method].bind(response);
        response[method] = async () => {
          const body = await read();
          window.__bench.dataAt = performance.now();
          return body;
        };
      }
    }
    return response;
  };
  new MutationObserver(() => {
    if (!window.__bench.rowsAt && window.__bench.dataAt && document.querySelectorAll("tbody tr").length >= 100) {
      window.__bench.rowsAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
};

export async function measurePage(appUrl, cookies, runs = 9) {
  const browser = await chromium.launch({
    ...CHROMIUM,
  });
  const results = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addCookies(cookies);
      await context.addInitScript(INSTRUMENT);
      const page = await context.newPage();
      await page.goto(`${appUrl}/orders?limit=100`, { waitUntil: "load" });
      await page.waitForFunction(() => window.__bench.rowsAt > 0, undefined, { timeout: 60_000 });
      await page.waitForTimeout(300);
      results.push(
        await page.evaluate(() => ({ lcp: window.__bench.lcp, render: window.__bench.rowsAt - window.__bench.dataAt })),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  // The first run pays for compiling the page's code in a cold browser: report the median.
  return { lcp: median(results.map((r) => r.lcp)), render: median(results.map((r) => r.render)) };
}
