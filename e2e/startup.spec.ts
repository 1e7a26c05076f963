// Starting the production build as the README says: a fresh embedded database with every secret from the
// environment comes up and signs the admin in; a database that cannot be used stops the start with one line
// naming the real cause, and a non-zero exit.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, request, test } from "@playwright/test";

function startServer(port: number, env: Record<string, string>): { child: ChildProcess; stderr: () => string } {
  const { DATABASE_URL: _, ...inherited } = process.env;
  const child = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...inherited, NODE_ENV: "production", DEMO: "0", ...env },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return { child, stderr: () => stderr };
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on("exit", resolve));

function causeLine(stderr: string): string {
  const lines = stderr.split("\n").filter((line) => line.includes("Orderdeck cannot start"));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

test("an unreachable DATABASE_URL stops the start with one clear line", async () => {
  const { child, stderr } = startServer(3299, {
    DATABASE_URL: "postgres://orderdeck@127.0.0.1:1/none",
    DATA_DIR: ".data-e2e-startup",
  });
  expect(await exited(child)).not.toBe(0);
  expect(causeLine(stderr())).toContain("DATABASE_URL cannot be reached");
  expect(stderr()).not.toContain("orderdeck@127.0.0.1");
});

test("a DATA_DIR that is a file stops the start naming the real cause", async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "orderdeck-e2e-file-")), "data");
  writeFileSync(file, "not a directory");
  const { child, stderr } = startServer(3297, { DATA_DIR: file });
  expect(await exited(child)).not.toBe(0);
  expect(causeLine(stderr())).toMatch(/EEXIST|ENOTDIR|not a directory|file already exists/i);
});

test("the README's production start works on a fresh directory with every secret set", async () => {
  test.setTimeout(120_000);
  const port = 3298;
  const baseURL = `http://127.0.0.1:${port}`;
  const admin = { email: "owner@fresh.test", password: "fresh-start-password" };
  const { child, stderr } = startServer(port, {
    DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), "orderdeck-e2e-fresh-")), "not", "yet", "there"),
    AUTH_SECRET: randomBytes(32).toString("hex"),
    ENCRYPTION_KEY: `k1:${randomBytes(32).toString("base64")}`,
    NEXTAUTH_URL: baseURL,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
  });
  try {
    const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
    await expect
      .poll(async () => (await api.get("/api/health").catch(() => null))?.status() ?? 0, { timeout: 90_000 })
      .toBe(200);
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, ...admin, json: "true", callbackUrl: `${baseURL}/orders` },
      maxRedirects: 0,
    });
    const me = await api.get("/api/me");
    expect(me.status(), stderr()).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(admin.email);
  } finally {
    child.kill("SIGTERM");
    await exited(child);
  }
});
