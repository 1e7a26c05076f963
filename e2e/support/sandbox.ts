// The e2e sandbox: connections pointing at it, its control API (faults, reset, request log), and direct
// reads of its data to check what the pages show against the platform's own answer.
import { type APIRequestContext, expect, request } from "@playwright/test";
import { sandboxConnectionCredentials } from "../../lib/sandbox/credentials";
import { SANDBOX_PLATFORM_IDS, type SandboxPlatformId } from "../../lib/sandbox/platforms";
import { E2E } from "../env";

export const PLATFORMS: readonly SandboxPlatformId[] = SANDBOX_PLATFORM_IDS;

export function sandboxBaseUrl(platform: SandboxPlatformId): string {
  return `${E2E.sandboxUrl}/${platform}`;
}

export const sandboxCredentials = sandboxConnectionCredentials;

/** Creates (or finds) one connection per platform through the API; returns platform → connection id. */
export async function ensureSandboxConnections(admin: APIRequestContext): Promise<Record<SandboxPlatformId, string>> {
  const existing = (await (await admin.get("/api/connections")).json()) as {
    connections: { id: string; name: string; platform: SandboxPlatformId }[];
  };
  const ids = {} as Record<SandboxPlatformId, string>;
  for (const platform of PLATFORMS) {
    const name = `E2E ${platform}`;
    const found = existing.connections.find((connection) => connection.name === name);
    if (found) {
      ids[platform] = found.id;
      continue;
    }
    const response = await admin.post("/api/connections", {
      data: {
        name,
        platform,
        baseUrl: sandboxBaseUrl(platform),
        credentials: sandboxCredentials(platform),
        options: {},
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    ids[platform] = ((await response.json()) as { connection: { id: string } }).connection.id;
  }
  await untilIndexed(admin, Object.values(ids));
  return ids;
}

/** Waits until the order index has imported these connections (the list reads the index). */
export async function untilIndexed(api: APIRequestContext, connectionIds: readonly string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const answer = await api.get(`/api/orders?connection=${connectionIds.join(",")}&limit=1`);
        const body = (await answer.json()) as { sync?: { phase: string; lastSyncAt: string | null }[] };
        return body.sync?.every((sync) => sync.phase !== "backfill" && sync.lastSyncAt !== null) ?? false;
      },
      { timeout: 60_000, message: "the order index imports the sandbox shops" },
    )
    .toBe(true);
}

export async function sandboxControl(): Promise<APIRequestContext> {
  return request.newContext({ baseURL: E2E.sandboxUrl });
}

export async function setFaults(platform: SandboxPlatformId, faults: Record<string, unknown>): Promise<void> {
  const control = await sandboxControl();
  expect((await control.put(`/_sandbox/faults/${platform}`, { data: faults })).status()).toBe(200);
  await control.dispose();
}

export async function clearFaults(platform?: SandboxPlatformId): Promise<void> {
  const control = await sandboxControl();
  await control.delete(platform ? `/_sandbox/faults/${platform}` : "/_sandbox/faults");
  await control.dispose();
}

export async function requestLog(
  platform: SandboxPlatformId,
  since = 0,
): Promise<{ seq: number; method: string; path: string; status: number }[]> {
  const control = await sandboxControl();
  const body = (await (await control.get(`/_sandbox/requests?platform=${platform}&since=${since}`)).json()) as {
    requests: { seq: number; method: string; path: string; status: number }[];
  };
  await control.dispose();
  return body.requests;
}
