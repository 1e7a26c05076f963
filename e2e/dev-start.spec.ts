// The README's Quick start: `npm run dev` on a fresh data directory, opened in a browser. It must also work
// when opened at 127.0.0.1 instead of localhost (next dev serves its scripts only to allowed origins: without
// them the page never hydrates and the sign-in form submits as a plain GET).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, request, test } from "@playwright/test";
import { DEMO_USERS } from "../lib/demo/users";

const PORT = 3296;
const SANDBOX_PORT = 4196;

function stop(child: ChildProcess) {
  // dev.mjs runs next and the sandbox as its children: end the whole group.
  if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
}

test("npm run dev opened at 127.0.0.1: the demo admin signs in and sees the orders", async ({ page }) => {
  test.setTimeout(300_000);
  const env = {
    ...process.env,
    PORT: String(PORT),
    SANDBOX_PORT: String(SANDBOX_PORT),
    DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), "orderdeck-e2e-dev-")), "data"),
  };
  // The embedded database, and next dev's own NODE_ENV (an inherited "production" makes it misbehave).
  Reflect.deleteProperty(env, "DATABASE_URL");
  Reflect.deleteProperty(env, "NODE_ENV");
  const child = spawn("node", ["scripts/dev.mjs"], {
    detached: true,
    stdio: "ignore",
    env,
  });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const api = await request.newContext({ baseURL: base });
    await expect
      .poll(async () => (await api.get("/api/health").catch(() => null))?.status() ?? 0, { timeout: 180_000 })
      .toBe(200);
    const admin = DEMO_USERS.find((user) => user.role === "admin")!;
    await page.goto(`${base}/login`);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/orders/, { timeout: 60_000 });
    await expect(page.getByRole("heading", { name: "Orders", level: 1 })).toBeVisible({ timeout: 60_000 });
  } finally {
    stop(child);
  }
});
