// A database that cannot be reached at start: one clear line naming DATABASE_URL, and a non-zero exit.
import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

test("an unreachable DATABASE_URL stops the start with one clear line", async () => {
  const child = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", "3299"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "postgres://orderdeck@127.0.0.1:1/none", DATA_DIR: ".data-e2e-startup" },
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code).not.toBe(0);
  const lines = stderr.split("\n").filter((line) => line.includes("Orderdeck cannot start"));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain("DATABASE_URL cannot be reached");
  expect(stderr).not.toContain("orderdeck@127.0.0.1");
});
