// Starts a sandbox on a free port for a test file: `const sandbox = await startTestSandbox({ count: 40 })`,
// then `await sandbox.stop()` in afterAll. Defaults to all five platforms.
import { type RunningSandbox, type SandboxConfig, startSandbox } from "./core/server";

export async function startTestSandbox(overrides: Partial<SandboxConfig> = {}): Promise<RunningSandbox> {
  const factories = overrides.factories ?? (await import("./platforms")).SANDBOX_FACTORIES;
  return startSandbox({
    seed: 42,
    count: 250,
    tokenTtlSeconds: 3600,
    env: {} as NodeJS.ProcessEnv,
    ...overrides,
    factories,
  });
}
