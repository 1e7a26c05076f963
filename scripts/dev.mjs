// `npm run dev`: the sandbox (five imitation shops, http://127.0.0.1:4010) and the app in demo mode (demo
// users and one connection per sandbox shop) on http://localhost:3000. Every setting can be overridden.
import { spawn } from "node:child_process";

const env = {
  DEMO: "1",
  UPSTREAM_ALLOW_PRIVATE: "1",
  ...process.env,
};
env.PORT ??= "3000";
env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;

env.SANDBOX_PORT ??= "4010";
env.SANDBOX_URL ??= `http://127.0.0.1:${env.SANDBOX_PORT}`;

const children = [
  spawn("node_modules/.bin/tsx", ["lib/sandbox/main.ts"], { stdio: "inherit", env }),
  spawn("node_modules/.bin/next", ["dev", "-p", env.PORT], { stdio: "inherit", env }),
];

function stop(code = 0) {
  for (const child of children) child.kill("SIGTERM");
  process.exit(code);
}
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
