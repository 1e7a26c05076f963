// An imitation as the sandbox's registry (lib/sandbox/platforms.ts) lists it: one line at the top of its index.ts.
import type { PlatformFactory, SandboxEntry } from "./types";

/** `connectionFields`: when the imitation accepts several credential sets, the fields a connection sends. */
export function registryEntry<C extends Readonly<Record<string, string>>>(
  demoShopName: string,
  credentials: C,
  create: PlatformFactory,
  connectionFields?: readonly (keyof C & string)[],
): SandboxEntry & { credentials: C } {
  return { create, credentials, demoShopName, ...(connectionFields ? { connectionFields } : {}) };
}
