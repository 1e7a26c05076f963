// Starts the sandbox and the production server for the benchmark, and signs in through the API.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export const ADMIN = { email: "bench@orderdeck.test", password: "bench-admin-password" };

async function waitFor(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`${url} did not come up`);
}

export async function startServers({ appPort, sandboxPort }) {
  const children = [];
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const appUrl = `http://127.0.0.1:${appPort}`;
  children.push(
    spawn("node_modules/.bin/tsx", ["lib/sandbox/main.ts"], {
      env: { ...process.env, SANDBOX_PORT: String(sandboxPort), SANDBOX_ORDERS: "250" },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
  children.push(
    spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(appPort)], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "orderdeck-bench-")),
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        DEMO: "0",
        NEXTAUTH_URL: appUrl,
        UPSTREAM_ALLOW_PRIVATE: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
  const stop = () => {
    for (const child of children) child.kill("SIGTERM");
  };
  process.on("exit", stop);
  await Promise.all([waitFor(`${sandboxUrl}/_sandbox`), waitFor(`${appUrl}/api/health`)]);
  return { appUrl, sandboxUrl, stop };
}

/** Signs in through next-auth's endpoints and returns a personal API token for the admin. */
export async function adminToken(appUrl) {
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
  const signIn = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: appUrl },
    body: new URLSearchParams({ csrfToken, email: ADMIN.email, password: ADMIN.password, json: "true" }),
  });
  remember(signIn);
  const token = await fetch(`${appUrl}/api/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: cookie(), origin: appUrl },
    body: JSON.stringify({ name: "benchmark" }),
  });
  if (token.status !== 201) throw new Error(`could not create a token: ${token.status} ${await token.text()}`);
  return { token: (await token.json()).token, cookies: [...jar].map(([name, value]) => ({ name, value, url: appUrl })) };
}
