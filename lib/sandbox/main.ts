// `npm run sandbox`: all five imitation platforms on one port, each under its own prefix.
//   SANDBOX_PORT (4010), SANDBOX_HOST (127.0.0.1), SANDBOX_SEED, SANDBOX_ORDERS (250 per platform; one platform
//   alone with e.g. SANDBOX_RETAILYS_ORDERS),
//   SANDBOX_TOKEN_TTL_SECONDS (3600), and the fault variables documented in core/faults.ts.
import { SANDBOX_CREDENTIALS } from "./credentials";
import { startSandbox } from "./core/server";
import { SANDBOX_PLATFORM_IDS } from "./platforms";
import { SANDBOX_FACTORIES } from "./platforms";

function intFromEnv(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === "") return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`sandbox: ${name} must be a non-negative integer, got "${value}"`);
    process.exit(1);
  }
  return parsed;
}

const sandbox = await startSandbox({
  factories: SANDBOX_FACTORIES,
  port: intFromEnv("SANDBOX_PORT") ?? 4010,
  host: process.env.SANDBOX_HOST || "127.0.0.1",
  seed: intFromEnv("SANDBOX_SEED"),
  count: intFromEnv("SANDBOX_ORDERS"),
  counts: Object.fromEntries(
    SANDBOX_PLATFORM_IDS.map((id) => [id, intFromEnv(`SANDBOX_${id.toUpperCase().replace(/-/g, "_")}_ORDERS`)]),
  ),
  tokenTtlSeconds: intFromEnv("SANDBOX_TOKEN_TTL_SECONDS"),
});

console.log(`Sandbox listening on ${sandbox.url} (control API: ${sandbox.url}/_sandbox)`);
for (const id of SANDBOX_PLATFORM_IDS) {
  console.log(`  ${id.padEnd(22)} ${sandbox.baseUrl(id)}  ${JSON.stringify(SANDBOX_CREDENTIALS[id])}`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void sandbox.stop().then(() => process.exit(0));
  });
}
