// The stack a soak runs on: the sandbox with the platforms' faults, the secret tap in front of it, the production
// server (its log kept, the loop-delay preload in), five connections through the API with their backfill done,
// and the signed-in staff. Every secret handed out on the way is noted.
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { client, connectShops, followBackfill, PLATFORMS } from "../bench/index-bench.mjs";
import { ADMIN, signIn, startApp, startSandbox } from "../bench/servers.mjs";
import { embedded, freshPostgres } from "./database.mjs";
import { SandboxWrites } from "./sandbox-writes.mjs";
import { Secrets } from "./secrets.mjs";
import { startSecretTap } from "./secret-tap.mjs";
import { sessionTokenOf, signInStaff } from "./staff.mjs";

const { SANDBOX_CREDENTIALS } = await import("../../lib/sandbox/credentials.ts");
const { getAdapter } = await import("../../lib/platforms/registry.ts");

export const log = (line) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** The platforms' faults: latency, errors, and each imitation rate-limiting at the rate its adapter keeps to. */
export function platformFaults({ latency, errorRate, rateLimitFactor }) {
  const limits = PLATFORMS.map((platform) => [
    `SANDBOX_${platform.toUpperCase().replace(/-/g, "_")}_RATE_LIMIT`,
    String(getAdapter(platform).limits.requestsPerSecond * rateLimitFactor),
  ]);
  return { SANDBOX_LATENCY_MS: latency, SANDBOX_ERROR_RATE: errorRate, ...Object.fromEntries(limits) };
}

/** Builds `appDir` when it has no build; says so when its code changed since the last one. */
export function buildWhenNeeded(appDir) {
  const buildId = path.join(appDir, ".next/BUILD_ID");
  if (!existsSync(buildId)) {
    execSync("node_modules/.bin/next build", { stdio: "inherit", cwd: appDir });
    return;
  }
  const newer = execSync("find app lib components -newer .next/BUILD_ID -name '*.ts*' -not -name '*.test.ts'", {
    encoding: "utf8",
    cwd: appDir,
  }).trim();
  if (newer) {
    const built = new Date(statSync(buildId).mtimeMs).toISOString();
    log(
      `note: code changed since the build of ${built} (${newer.split("\n").slice(0, 3).join(", ")}…): npm run build soaks it`,
    );
  }
}

/** Starts everything; `options`: { appDir, orders, users, faults, postgres (a server url or null), runId }. */
export async function startStack({ appDir, orders, users, faults, postgres, runId }) {
  const secrets = new Secrets();
  for (const credentials of Object.values(SANDBOX_CREDENTIALS)) {
    for (const [field, value] of Object.entries(credentials)) {
      if (/password|token|secret|key/i.test(field)) secrets.add(value, "platform credential");
    }
  }
  secrets.add(ADMIN.password, "password");

  const scratch = mkdtempSync(path.join(tmpdir(), "orderdeck-soak-"));
  const logFile = path.join(scratch, "server.log");
  const loopDelayDir = mkdtempSync(path.join(scratch, "loop-"));
  const sandbox = await startSandbox({ port: await freePort(), orders, env: faults });
  const tap = await startSecretTap(sandbox.url, (value, kind) => secrets.add(value, kind));
  const onPostgres = postgres ? await freshPostgres(postgres) : null;
  const preload = path.join(path.dirname(fileURLToPath(import.meta.url)), "loop-delay.cjs");
  const app = await startApp({
    port: await freePort(),
    databaseUrl: onPostgres?.url,
    logFile,
    cwd: appDir,
    env: {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${preload}`.trim(),
      SOAK_LOOP_DELAY_DIR: loopDelayDir,
    },
  });
  const database = onPostgres ?? embedded(app.dataDir);
  log(
    `server ${app.url} on ${database.label}, its log in ${logFile}; sandbox ${sandbox.url} behind the tap ${tap.url}`,
  );

  const admin = await signIn(app.url);
  secrets.add(admin.token, "API token");
  secrets.add(sessionTokenOf(new Map(admin.cookies.map((cookie) => [cookie.name, cookie.value]))), "session cookie");
  const adminApi = client(app.url, admin.token);
  const sandboxWrites = new SandboxWrites(sandbox.url);
  sandboxWrites.start();

  log(`connecting ${PLATFORMS.length} shops of ${orders.toLocaleString("en")} orders each; waiting for the backfill`);
  const ids = await connectShops(adminApi, tap.url);
  const backfill = await followBackfill(adminApi, app.pid, ids);
  log(`backfill done in ${backfill.seconds.toFixed(0)} s (peak RSS ${backfill.peakRss} MB)`);

  log(`creating and signing in ${users} users`);
  const staff = await signInStaff(app.url, adminApi, users, runId);
  for (const member of staff) {
    secrets.add(member.password, "password");
    secrets.add(member.sessionToken, "session cookie");
  }
  const roles = ["admin", "manager", "fulfillment"].map(
    (role) => `${staff.filter((m) => m.role === role).length} ${role}`,
  );
  log(`signed in: ${roles.join(", ")}`);

  return { secrets, scratch, logFile, loopDelayDir, sandbox, tap, app, database, admin, ids, staff, sandboxWrites };
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}
