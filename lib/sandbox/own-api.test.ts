// Every imitation's own-API client (the end-to-end tests' oracle) signs in as its platform wants and reads back an
// order the shop has just placed.
import { describe, expect, it } from "vitest";
import { SANDBOX_PLATFORM_IDS, SANDBOX_PLATFORMS } from "./platforms";
import { shopClient } from "./test-shop-client";
import { sandboxForTests } from "./test-hooks";

const sandbox = sandboxForTests({ count: 5 });

describe.each(SANDBOX_PLATFORM_IDS)("%s own API", (platform) => {
  const { ownApi } = SANDBOX_PLATFORMS[platform];
  const call = async (path: string) => {
    const baseUrl = sandbox.baseUrl(platform);
    return fetch(`${baseUrl}/${path}`, { headers: await ownApi.headers(baseUrl) });
  };

  it("signs in and reads a list page", async () => {
    expect((await call(ownApi.listProbe)).status).toBe(200);
  });

  it("reads a newly placed order as the platform shows it", async () => {
    const [id] = await shopClient(() => sandbox.url, platform).place();
    const snapshot = await ownApi.snapshot(async (path) => {
      const response = await call(path);
      expect(response.status, path).toBe(200);
      return (await response.json()) as Record<string, unknown>;
    }, String(id));
    expect(snapshot.lines).toBeGreaterThan(0);
    expect(snapshot.total).toMatch(/^\d+(\.\d+)?$/);
    expect(snapshot.status).not.toBe("undefined");
  });
});
