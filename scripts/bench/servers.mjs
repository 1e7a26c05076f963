// Starts the sandbox and the production server for the benchmark, and signs in through the API.
import { spawn } from "node:child_process";
import { mkdtempSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export const ADMIN = { email: "bench@orderdeck.test", password: "bench-admin-password" };

async function waitFor(url, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`${url} did not come up`);
}

const children = [];
process.on("exit", () => {
  for (const child of children) child.kill("SIGTERM");
});

/** The sandbox with `orders` generated orders per platform (`env`: its faults, see README "The sandbox"). */
export async function startSandbox({ port, orders, env = {} }) {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("node_modules/.bin/tsx", ["lib/sandbox/main.ts"], {
    env: { ...process.env, SANDBOX_PORT: String(port), SANDBOX_ORDERS: String(orders), ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  await waitFor(`${url}/_sandbox`);
  return { url, stop: () => child.kill("SIGTERM") };
}

/**
 * The production server on a fresh data directory (or `databaseUrl`), with its sync worker. `logFile` keeps its
 * stdout and stderr (else only stderr shows, on ours); `cwd` is the checkout whose build runs (this one).
 */
export async function startApp({ port, databaseUrl, env = {}, logFile, cwd = process.cwd() }) {
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "orderdeck-bench-"));
  const log = logFile ? openSync(logFile, "a") : null;
  const child = spawn(path.join(cwd, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      DEMO: "0",
      NEXTAUTH_URL: url,
      UPSTREAM_ALLOW_PRIVATE: "1",
      ...env,
    },
    stdio: ["ignore", log ?? "ignore", log ?? "inherit"],
  });
  children.push(child);
  await waitFor(`${url}/api/health`);
  // stop() answers once the server has exited (its database closed).
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    url,
    pid: child.pid,
    dataDir,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

/** Signs `who` in through next-auth's endpoints; answers their cookie jar (name → value) and its Cookie header. */
export async function openSession(appUrl, who) {
  const jar = new Map();
  const remember = (response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair.split("=");
      jar.set(name, value.join("="));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = await csrf.json();
  const signedIn = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: appUrl },
    body: new URLSearchParams({ csrfToken, email: who.email, password: who.password, json: "true" }),
  });
  remember(signedIn);
  if (![...jar.keys()].some((name) => name.endsWith("session-token"))) {
    throw new Error(`${who.email} could not sign in: ${signedIn.status} ${signedIn.headers.get("location") ?? ""}`);
  }
  return { jar, cookie };
}

/** Signs the admin in; answers the session cookies and a personal API token. */
export async function signIn(appUrl) {
  const { jar, cookie } = await openSession(appUrl, ADMIN);
  const token = await fetch(`${appUrl}/api/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: cookie(), origin: appUrl },
    body: JSON.stringify({ name: "benchmark" }),
  });
  if (token.status !== 201) throw new Error(`could not create a token: ${token.status} ${await token.text()}`);
  return {
    token: (await token.json()).token,
    cookieHeader: cookie(),
    cookies: [...jar].map(([name, value]) => ({ name, value, url: appUrl })),
  };
}
