// Redirects are never followed by the transport: a platform that answers 3xx towards a private address (here
// decimal loopback, as a hostile platform might spell it) is refused before anything reaches the target.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PlatformError } from "./errors";
import { createUpstream } from "./http";

describe("redirects", () => {
  // Two loopback servers: the platform, which redirects, and the target, which must never be reached.
  let target: Server;
  let targetHits = 0;
  let platform: Server;
  let platformUrl = "";
  beforeAll(async () => {
    target = createServer((_req, res) => {
      targetHits += 1;
      res.end("{}");
    });
    await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve));
    const targetPort = (target.address() as AddressInfo).port;
    platform = createServer((req, res) => {
      const status = Number(req.url?.split("/")[1]);
      // The target in the spelling a hostile platform might use to slip past a name check: decimal loopback.
      res.writeHead(status, { location: `http://2130706433:${targetPort}/latest/meta-data` });
      res.end();
    });
    await new Promise<void>((resolve) => platform.listen(0, "127.0.0.1", resolve));
    platformUrl = `http://127.0.0.1:${(platform.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => target.close(resolve));
    await new Promise((resolve) => platform.close(resolve));
  });

  it.each([
    [301, "GET"],
    [302, "GET"],
    [303, "POST"],
    [307, "POST"],
    [308, "GET"],
  ] as const)("are never followed (%i on a %s), even where private addresses are allowed", async (status, method) => {
    const up = createUpstream({
      connectionId: randomUUID(),
      platformLabel: "TestShop",
      baseUrl: platformUrl,
      secrets: [],
      requestsPerSecond: 100,
      concurrency: 4,
      allowPrivate: true,
    });
    const error = await up
      .request({ method, path: `/${status}`, body: method === "POST" ? {} : undefined })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).message).toBe(
      `TestShop redirected to 127.0.0.1:${(target.address() as AddressInfo).port} — redirects are not followed`,
    );
    expect(up.timings).toHaveLength(1);
    expect(targetHits).toBe(0);
  });
});
