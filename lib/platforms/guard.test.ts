// The base-URL guard: at save time (checkBaseUrl) and at connect time (guardedLookup / IP literals through
// the transport), against a real loopback server so "refused" is a refusal and not an unreachable host.
import { randomUUID } from "node:crypto";
import type { LookupAddress } from "node:dns";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PlatformError } from "./errors";
import { checkBaseUrl, GuardError, guardedLookup } from "./guard";
import { createUpstream } from "./http";

describe("checkBaseUrl (when a connection is saved)", () => {
  it.each([
    ["https://127.0.0.1", "loopback"],
    ["https://localhost", "loopback"],
    ["https://10.1.2.3/api", "private"],
    ["https://172.16.0.1", "private"],
    ["https://192.168.1.10", "private"],
    ["https://169.254.10.10", "link-local"],
    ["https://169.254.169.254/latest/meta-data", "link-local, incl. cloud metadata"],
    ["https://100.64.0.1", "carrier-grade NAT"],
    ["https://0.0.0.0", "unspecified"],
    ["https://224.0.0.1", "multicast"],
    ["https://240.0.0.1", "reserved"],
    ["https://[::1]", "loopback"],
    ["https://[fc00::1]", "unique-local"],
    ["https://[fe80::1]", "link-local"],
    ["https://[::ffff:127.0.0.1]", "loopback"],
    ["https://[::ffff:169.254.169.254]", "link-local"],
  ])("refuses %s (%s) unless private addresses are allowed", async (url, range) => {
    const verdict = await checkBaseUrl(url, false);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.message).toContain(range);
    expect(await checkBaseUrl(url, true)).toEqual({ ok: true });
  });

  it("accepts a public address (an IP literal needs no DNS)", async () => {
    expect(await checkBaseUrl("https://93.184.216.34", false)).toEqual({ ok: true });
    expect(await checkBaseUrl("https://[2606:4700::1111]/v1", false)).toEqual({ ok: true });
  });

  it("requires https unless private addresses are allowed", async () => {
    expect(await checkBaseUrl("http://93.184.216.34", false)).toEqual({
      ok: false,
      message: "must start with https://",
    });
    expect(await checkBaseUrl("http://127.0.0.1:4010", true)).toEqual({ ok: true });
    expect((await checkBaseUrl("ftp://93.184.216.34", true)).ok).toBe(false);
  });

  it("refuses credentials, queries and non-URLs with a message for the form", async () => {
    const withUser = await checkBaseUrl("https://key:secret@93.184.216.34", false);
    expect(withUser).toEqual({
      ok: false,
      message: expect.stringContaining("must not contain a user name or password"),
    });
    expect((await checkBaseUrl("https://93.184.216.34/?token=x", false)).ok).toBe(false);
    expect(await checkBaseUrl("shop.example.com", false)).toEqual({
      ok: false,
      message: expect.stringContaining("not a valid URL"),
    });
  });

  it("refuses a host that does not resolve, naming it", async () => {
    // .invalid never resolves (RFC 2606).
    const verdict = await checkBaseUrl("https://orderdeck-no-such-shop.invalid", false);
    expect(verdict).toEqual({
      ok: false,
      message: expect.stringMatching(/^orderdeck-no-such-shop\.invalid cannot be resolved/),
    });
  });
});

function lookup(allowPrivate: boolean, all: boolean) {
  return new Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[] }>((resolve) =>
    guardedLookup(allowPrivate)("localhost", { all }, (error, address) => resolve({ error, address })),
  );
}

describe("guardedLookup (at every connection, after DNS)", () => {
  it("refuses a name that resolves to loopback", async () => {
    for (const all of [true, false]) {
      const { error } = await lookup(false, all);
      expect(error).toBeInstanceOf(GuardError);
      expect(error?.message).toMatch(/^blocked by the base-URL guard: localhost resolves to .* \(loopback\)/);
    }
  });

  it("passes the answer through in the form asked for when private addresses are allowed", async () => {
    const many = await lookup(true, true);
    expect(many.error).toBeNull();
    expect(Array.isArray(many.address) && many.address.length).toBeGreaterThan(0);
    const one = await lookup(true, false);
    expect(typeof one.address).toBe("string");
  });
});

describe("the transport's connect-time guard", () => {
  let server: Server;
  let port = 0;
  let hits = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits += 1;
      res.end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const upstream = (baseUrl: string, allowPrivate: boolean) =>
    createUpstream({
      connectionId: randomUUID(),
      platformLabel: "TestShop",
      baseUrl,
      secrets: [],
      requestsPerSecond: 100,
      concurrency: 4,
      allowPrivate,
    });

  it.each(["localhost", "127.0.0.1"])(
    "refuses http://%s when private addresses are not allowed, without retrying",
    async (host) => {
      const up = upstream(`http://${host}:${port}`, false);
      const error = await up.request({ method: "GET", path: "/orders" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformError);
      expect((error as PlatformError).kind).toBe("network");
      expect((error as PlatformError).message).toMatch(
        /^TestShop cannot be reached: blocked by the base-URL guard: .*loopback/,
      );
      expect(up.timings).toHaveLength(1);
      expect(hits).toBe(0);
    },
  );

  it("connects to the same server when private addresses are allowed", async () => {
    const res = await upstream(`http://localhost:${port}`, true).request({ method: "GET", path: "/orders" });
    expect(res.status).toBe(200);
    expect(hits).toBe(1);
  });
});
