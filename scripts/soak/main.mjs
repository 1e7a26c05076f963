// `npm run soak`: a room full of staff on the production build for SOAK_MINUTES (5) while the platforms are slow
// (SOAK_LATENCY_MS, 50–150), fail now and then (SOAK_ERROR_RATE, 1%) and rate-limit at their adapters' own rates
// (× SOAK_RATE_LIMIT_FACTOR). SOAK_USERS (50) users of all three roles, SOAK_ORDERS (2,000) orders per shop,
// SOAK_THINK_MS (2000-8000) between a user's steps. Prints the requests per kind, the server's memory, event-loop
// delay and database size every minute, compares every accepted write with the audit log and the platforms, scans
// everything seen for secrets, and exits 1 when a target is missed.
// `npm run soak -- --pg` (or SOAK_DATABASE_URL=postgres://…/any) runs on a fresh PostgreSQL database, dropped after.
// SOAK_APP_DIR runs the build of another checkout (e.g. a clean copy of a commit while this one has work under way).
import { rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PLATFORMS } from "../bench/index-bench.mjs";
import {
  compareWithAudit,
  compareWithPlatforms,
  compareWithSandboxLog,
  readAuditLog,
  scanAudit,
  scanLog,
  targets,
} from "./checks.mjs";
import { apiClient } from "./client.mjs";
import { DEFAULT_POSTGRES } from "./database.mjs";
import { WriteLedger } from "./ledger.mjs";
import { Metrics } from "./metrics.mjs";
import { Monitor } from "./monitor.mjs";
import { printResults, printTargets, sampleLine } from "./report.mjs";
import { runUser } from "./scenario.mjs";
import { buildWhenNeeded, log, platformFaults, startStack } from "./setup.mjs";
import { World } from "./world.mjs";

const env = process.env;
const MINUTES = Number(env.SOAK_MINUTES ?? 5);
const ORDERS = Number(env.SOAK_ORDERS ?? 2000);
const [THINK_MIN, THINK_MAX] = (env.SOAK_THINK_MS ?? "2000-8000").split("-").map(Number);
const APP_DIR = path.resolve(env.SOAK_APP_DIR ?? ".");
const POSTGRES = env.SOAK_DATABASE_URL ?? (process.argv.includes("--pg") ? DEFAULT_POSTGRES : null);
const faults = platformFaults({
  latency: env.SOAK_LATENCY_MS ?? "50-150",
  errorRate: env.SOAK_ERROR_RATE ?? "0.01",
  rateLimitFactor: Number(env.SOAK_RATE_LIMIT_FACTOR ?? 1),
});
const runId = Date.now().toString(36);

buildWhenNeeded(APP_DIR);
const stack = await startStack({
  appDir: APP_DIR,
  orders: ORDERS,
  users: Number(env.SOAK_USERS ?? 50),
  faults,
  postgres: POSTGRES,
  runId,
});
const { secrets, app, sandbox, staff, sandboxWrites } = stack;

// The load: every user on their own session, the server sampled every minute.
const metrics = new Metrics();
const ledger = new WriteLedger();
const world = new World(PLATFORMS.map((platform) => ({ id: stack.ids[platform], platform })));
const monitor = new Monitor({
  appUrl: app.url,
  pid: app.pid,
  loopDelayDir: stack.loopDelayDir,
  databaseMb: () => stack.database.sizeMb(),
  requests: () => metrics.total,
});
monitor.startProbe();
await sleep(5000);
log(sampleLine(await monitor.sample("start")));
const started = Date.now();
const crashes = [];
const think = () => THINK_MIN + Math.random() * (THINK_MAX - THINK_MIN);
let minute = 0;
const everyMinute = setInterval(async () => log(sampleLine(await monitor.sample(`minute ${++minute}`))), 60_000);
await Promise.all(
  staff.map((user) => {
    const call = apiClient(app.url, { cookie: user.cookie }, { metrics, secrets });
    return runUser({ user, world, ledger, crashes, runId, think, call }, started + MINUTES * 60_000);
  }),
);
clearInterval(everyMinute);
const seconds = (Date.now() - started) / 1000;
await sleep(2000);
log(sampleLine(await monitor.sample("end")));
await monitor.stop();

// The checks read as the admin, by API token: scanned for secrets too, not counted with the load.
log("comparing the writes with the audit log and the platforms; scanning for secrets");
await sandboxWrites.stop();
const checkCall = apiClient(app.url, { token: stack.admin.token }, { metrics: new Metrics(), secrets });
const events = await readAuditLog(checkCall);
const audit = compareWithAudit(ledger, events);
const perPlatform = compareWithSandboxLog(ledger, sandboxWrites, PLATFORMS);
// The platforms answer the oracle's reads without faults (the run is over).
await Promise.all(PLATFORMS.map((p) => fetch(`${sandbox.url}/_sandbox/faults/${p}`, { method: "PUT", body: "{}" })));
const platforms = await compareWithPlatforms(ledger, sandbox.url);
await checkCall("connections (final check)", "/api/connections");
scanAudit(events, secrets);
await app.stop();
const serverLog = scanLog(stack.logFile, secrets);
const tables = await stack.database.largestTables().catch((error) => [`not read (${error.message})`]);

const results = { metrics, monitor, ledger, audit, perPlatform, platforms, sandboxWrites, secrets, serverLog };
const where = POSTGRES ? "PostgreSQL" : "PGlite";
const setup = `Soak on ${where}: ${staff.length} users for ${(seconds / 60).toFixed(1)} min, ${ORDERS.toLocaleString("en")} orders × ${PLATFORMS.length} shops; platforms ${faults.SANDBOX_LATENCY_MS} ms, ${Number(faults.SANDBOX_ERROR_RATE) * 100}% errors, rate limits at their adapters' rates`;
printResults({ ...results, setup, seconds, crashes, tables, connections: stack.ids, auditEntries: events.length });
const verdicts = targets(results);
printTargets(verdicts);

const passed = verdicts.every(([, , ok]) => ok);
sandbox.stop();
stack.tap.close();
await stack.database.drop();
rmSync(app.dataDir, { recursive: true, force: true });
if (passed) rmSync(stack.scratch, { recursive: true, force: true });
else console.log(`\nThe server's log stays in ${stack.logFile}`);
process.exit(passed ? 0 : 1);
