// `npm test`: typecheck, lint, layer rules, unit/integration tests (vitest), production build, e2e (Playwright),
// then one closing line "N passed, N failed" totalling vitest and Playwright.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium } from "./ensure-chromium.mjs";

const bin = (name) => `node_modules/.bin/${name}`;

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(
    `  ${title}: ${result.status === 0 ? "ok" : `failed (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = run("typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
// biome check = the linter and the formatter: a file the formatter would change fails the run.
ok = run("lint and format", bin("biome"), ["check", "."]) && ok;
ok = run("layer rules", bin("tsx"), ["scripts/layers/main.ts"]) && ok;

rmSync(".test-results", { recursive: true, force: true });
const unitOk = run("unit and integration tests", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=.test-results/vitest.json",
]);
const vitest = readJson(".test-results/vitest.json");
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
ok = unitOk && ok;

// A stale .next (e.g. from a dev server killed mid-compile) can fail the build's type check.
rmSync(".next", { recursive: true, force: true });
const buildOk = run("production build", bin("next"), ["build"]);
ok = buildOk && ok;
if (buildOk) {
  ensureChromium();
  rmSync(".data-e2e", { recursive: true, force: true });
  const e2eOk = run("end-to-end tests", bin("playwright"), ["test"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: ".test-results/playwright.json",
  });
  const playwright = readJson(".test-results/playwright.json");
  if (playwright) {
    totals.passed += playwright.stats.expected + playwright.stats.flaky;
    totals.failed += playwright.stats.unexpected;
    totals.skipped += playwright.stats.skipped;
  }
  ok = e2eOk && ok;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
