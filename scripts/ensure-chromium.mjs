// Playwright cannot download its own browser here: use Debian's Chromium, installing it when missing.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's Chromium, and the flags it needs to run headless in a container (see the toolchain notes). */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export function ensureChromium() {
  const path = CHROMIUM.executablePath;
  if (existsSync(path)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing at ${path}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  }
  console.log("Installing Debian's chromium for the e2e tests…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
