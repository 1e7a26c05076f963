// A live stream dropped by a server restart resumes by itself: this spec starts its own production server (own
// port and data directory, a 2 s sync interval), opens the order list, stops the server — the page says live
// updates are interrupted — starts it again on the same data, and the open page (never reloaded) hears of an
// order placed after the restart.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { E2E } from "./env";
import { sandboxBaseUrl, sandboxControl, sandboxCredentials } from "./support/sandbox";
import { signIn } from "./support/ui";

const PORT = 3295;
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = path.join(mkdtempSync(path.join(tmpdir(), "orderdeck-e2e-live-")), "data");

function startServer(): ChildProcess {
  const { DATABASE_URL: _, ...inherited } = process.env;
  return spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(PORT)], {
    env: {
      ...inherited,
      ...E2E.serverEnv,
      DATA_DIR,
      NEXTAUTH_URL: BASE,
      SYNC_INTERVAL_SECONDS: "2",
    },
    stdio: "ignore",
  });
}

/** Stops the server as a restart would; true when SIGTERM alone ended it within 10 s (else it is killed). */
async function stopServer(child: ChildProcess): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = new Promise((resolve) => setTimeout(() => resolve("late"), 10_000));
  if ((await Promise.race([exited, timer])) !== "late") return true;
  child.kill("SIGKILL");
  await exited;
  return false;
}

async function untilUp(): Promise<void> {
  const probe = await request.newContext({ baseURL: BASE });
  await expect
    .poll(async () => (await probe.get("/api/health").catch(() => null))?.status() ?? 0, { timeout: 90_000 })
    .toBe(200);
  await probe.dispose();
}

async function adminApi(): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: BASE, extraHTTPHeaders: { origin: BASE } });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, ...E2E.admin, json: "true", callbackUrl: `${BASE}/orders` },
    maxRedirects: 0,
  });
  expect((await api.get("/api/me")).status()).toBe(200);
  return api;
}

test("a stream dropped by a server restart resumes, and the open list hears of a later order", async ({ browser }) => {
  test.setTimeout(240_000);
  let server = startServer();
  const context = await browser.newContext({ baseURL: BASE });
  try {
    await untilUp();
    const api = await adminApi();
    const created = await api.post("/api/connections", {
      data: {
        name: "Live restart retailys",
        platform: "retailys",
        baseUrl: sandboxBaseUrl("retailys"),
        credentials: sandboxCredentials("retailys"),
        options: {},
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const connectionId = ((await created.json()) as { connection: { id: string } }).connection.id;
    await expect
      .poll(
        async () => {
          const page = (await (await api.get(`/api/orders?connection=${connectionId}&limit=1`)).json()) as {
            sync?: { phase: string; lastSyncAt: string | null }[];
          };
          return page.sync?.every((sync) => sync.phase !== "backfill" && sync.lastSyncAt !== null) ?? false;
        },
        { timeout: 90_000, message: "the index imports the shop" },
      )
      .toBe(true);
    await api.dispose();

    const page = await context.newPage();
    await signIn(page, E2E.admin.email, E2E.admin.password);
    await page.goto(`/orders?connection=${connectionId}`);
    await expect(page.getByRole("table", { name: "Orders" })).not.toHaveAttribute("aria-busy", "true", {
      timeout: 30_000,
    });
    await page.evaluate(() => document.documentElement.setAttribute("data-e2e-kept", "1"));
    const pill = page.getByRole("button", { name: /new orders? — show$/ });
    const interrupted = page.getByText("Live updates interrupted — reconnecting");

    // The stream is live before the restart: an order placed now is announced.
    await sandboxPlace();
    await expect(pill).toHaveText("1 new order — show", { timeout: 25_000 });

    // An open event stream may hold up a graceful stop: then the server is killed, as a crash would end it.
    if (!(await stopServer(server)))
      test.info().annotations.push({ type: "note", description: "SIGTERM did not stop the server within 10 s" });
    await expect(interrupted).toBeVisible({ timeout: 30_000 });
    // For a person to look at (npm test takes none).
    if (process.env.LIVE_SHOTS) await page.screenshot({ path: "/tmp/shots/interrupted-light-desktop.png" });
    server = startServer();
    await untilUp();
    await expect(interrupted).toHaveCount(0, { timeout: 60_000 });

    // After the restart, on the same page: the next order is heard of and counted with the first.
    await sandboxPlace();
    await expect(pill).toHaveText("2 new orders — show", { timeout: 30_000 });
    await expect(page.locator("html")).toHaveAttribute("data-e2e-kept", "1");
  } finally {
    await context.close();
    await stopServer(server);
  }
});

async function sandboxPlace(): Promise<void> {
  const control = await sandboxControl();
  expect((await control.post("/_sandbox/orders/retailys", { data: { count: 1 } })).status()).toBe(201);
  await control.dispose();
}
