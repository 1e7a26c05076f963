// Test fixture for the orders layer: a migrated PGlite database with an admin, a sandbox of all five
// platforms, and one connection to each (created through createConnection, as the API would).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setDbForTests } from "../db";
import type { DbHandle } from "../db/client";
import { users } from "../db/schema";
import type { CurrentUser } from "../domain/user";
import { resetEnvForTests } from "../env";
import { createConnection } from "../orders/connections";
import type { RunningSandbox, SandboxConfig } from "../sandbox/core/server";
import { sandboxConnectionCredentials } from "../sandbox/credentials";
import { SANDBOX_PLATFORM_IDS, type SandboxPlatformId } from "../sandbox/platforms";
import { startTestSandbox } from "../sandbox/testing";
import { openTestDatabase, type TestDbKind } from "./databases";

export interface SandboxConnections {
  sandbox: RunningSandbox;
  handle: DbHandle & { url?: string };
  admin: CurrentUser;
  /** Connection id per platform (each connection is named after its platform). */
  ids: Record<SandboxPlatformId, string>;
  close(): Promise<void>;
}

/** What a test may change about the scene: the sandbox's settings, and options every connection gets. */
export interface SceneOverrides {
  sandbox?: Partial<SandboxConfig>;
  /** Merged over `{ requestsPerSecond: 200 }` (e.g. a short `timeoutMs`). */
  options?: Record<string, number>;
}

export async function setUpSandboxConnections(
  orderCount: number,
  counts: Partial<Record<SandboxPlatformId, number>> = {},
  kind: TestDbKind = "pglite",
  overrides: SceneOverrides = {},
): Promise<SandboxConnections> {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-orders-"));
  process.env.UPSTREAM_ALLOW_PRIVATE = "1";
  process.env.DEMO = "0";
  resetEnvForTests();
  const sandbox = await startTestSandbox({ count: orderCount, counts, ...overrides.sandbox });
  const handle = await openTestDatabase(kind);
  setDbForTests(handle);
  const [row] = await handle.db
    .insert(users)
    .values({ email: "a@example.com", name: "A", role: "admin", passwordHash: "x" })
    .returning();
  const admin: CurrentUser = { id: row!.id, email: row!.email, name: row!.name, role: "admin" };
  const ids = {} as Record<SandboxPlatformId, string>;
  for (const platform of SANDBOX_PLATFORM_IDS) {
    const credentials = sandboxConnectionCredentials(platform);
    const input = {
      name: platform,
      platform,
      baseUrl: sandbox.baseUrl(platform),
      credentials,
      options: { requestsPerSecond: 200, ...overrides.options },
    };
    ids[platform] = (await createConnection(handle.db, admin, input, "::1")).id;
  }
  return {
    sandbox,
    handle,
    admin,
    ids,
    async close() {
      setDbForTests(undefined);
      await handle.close();
      await sandbox.stop();
    },
  };
}
