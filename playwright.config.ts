import { defineConfig } from "@playwright/test";
import { E2E } from "./e2e/env";
import { CHROMIUM } from "./scripts/ensure-chromium.mjs";

// e2e runs against the production build (`next build` runs first in `npm test`), with its own data
// directory and Debian's Chromium (Playwright's own browser download cannot work on these machines).
export default defineConfig({
  testDir: "./e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: E2E.baseUrl,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: CHROMIUM,
  },
  projects: [
    { name: "main", testIgnore: /throttle\.spec\.ts/ },
    // Throttling makes sign-ins from 127.0.0.1 wait (up to 30 s), so it runs after everything else.
    { name: "throttle", testMatch: /throttle\.spec\.ts/, dependencies: ["main"] },
  ],
  webServer: [
    {
      command: "node_modules/.bin/tsx lib/sandbox/main.ts",
      url: `${E2E.sandboxUrl}/_sandbox`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: E2E.sandboxEnv,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node_modules/.bin/next start -H 127.0.0.1 -p ${E2E.port}`,
      url: `${E2E.baseUrl}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: E2E.serverEnv,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
