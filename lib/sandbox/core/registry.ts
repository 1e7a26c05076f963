// An imitation as the sandbox's registry (lib/sandbox/platforms.ts) lists it: one entry at the top of its index.ts.
import type { SandboxEntry } from "./types";

/** Keeps the credentials' own keys in the type (tests read `SANDBOX_CREDENTIALS.retailys.token`). */
export function registryEntry<C extends Readonly<Record<string, string>>>(
  entry: SandboxEntry & { credentials: C; connectionFields?: readonly (keyof C & string)[] },
): SandboxEntry & { credentials: C } {
  return entry;
}
