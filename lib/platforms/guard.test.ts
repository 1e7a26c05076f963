// The base-URL guard: at save time (checkBaseUrl) and at connect time (guardedLookup / IP literals through
// the transport), against a real loopback server so "refused" is a refusal and not an unreachable host.
// Every address spelled here that is not loopback is only ever checked, never dialled: a test that failed
// open would otherwise send traffic into a private network.
import { randomUUID } from "node:crypto";
import dns, { type LookupAddress } from "node:dns";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PlatformError } from "./errors";
import { checkBaseUrl, GuardError, guardedLookup, guardLiteral } from "./guard";
import { createUpstream } from "./http";

describe("checkBaseUrl (when a connection is saved)", () => {
  // Each address as written and as a URL may also spell it: the URL parser reads them all as the address they
  // reach, so the check (and undici, which dials the parsed host) sees the canonical form.
  it.each([
    ["https://127.0.0.1", "loopback"],
    ["https://2130706433", "loopback"],
    ["https://017700000001", "loopback"],
    ["https://0177.0.0.1", "loopback"],
    ["https://0x7f.0.0.1", "loopback"],
    ["https://0x7f000001", "loopback"],
    ["https://127.1", "loopback"],
    ["https://127.000.000.001", "loopback"],
    ["https://127.0.0.1.", "loopback"],
    ["https://%31%32%37.0.0.1", "loopback"],
    ["https://[::1]", "loopback"],
    ["https://[::ffff:127.0.0.1]", "loopback"],
    ["https://[::ffff:7f00:1]", "loopback"],
    ["https://[0:0:0:0:0:ffff:127.0.0.1]", "loopback"],
    ["https://0.0.0.0", "unspecified"],
    ["https://0", "unspecified"],
    ["https://0.1.2.3", "unspecified"],
    ["https://[::]", "unspecified"],
    ["https://[::127.0.0.1]", "IPv4-compatible"],
    ["https://[::a9fe:a9fe]", "IPv4-compatible"],
    ["https://[64:ff9b::7f00:1]", "NAT64"],
    ["https://[2002:7f00:1::1]", "6to4"],
    ["https://[4000::1]", "outside the internet's IPv6 range"],
    ["https://169.254.169.254/latest/meta-data", "link-local, incl. cloud metadata"],
    ["https://169.254.10.10", "link-local, incl. cloud metadata"],
    ["https://2852039166", "link-local, incl. cloud metadata"],
    ["https://0251.0376.0251.0376", "link-local, incl. cloud metadata"],
    ["https://0xa9fea9fe", "link-local, incl. cloud metadata"],
    ["https://[::ffff:169.254.169.254]", "link-local, incl. cloud metadata"],
    ["https://[::ffff:a9fe:a9fe]", "link-local, incl. cloud metadata"],
    ["https://[fe80::1]", "link-local, incl. cloud metadata"],
    ["https://10.1.2.3/api", "private"],
    ["https://10.1", "private"],
    ["https://172.16.0.1", "private"],
    ["https://192.168.1.10", "private"],
    ["https://192.168.0x1.1", "private"],
    ["https://[fc00::1]", "unique-local"],
    ["https://[fd00::1]", "unique-local"],
    ["https://[fdff:ffff:ffff::1]", "unique-local"],
    ["https://100.64.0.1", "carrier-grade NAT"],
    ["https://224.0.0.1", "multicast"],
    ["https://240.0.0.1", "reserved"],
  ])("refuses %s (%s) at save time and at connect time, unless private addresses are allowed", async (url, range) => {
    expect(await checkBaseUrl(url, false)).toEqual({ ok: false, message: expect.stringContaining(`(${range})`) });
    expect(await checkBaseUrl(url, true)).toEqual({ ok: true });
    // What undici hands the connector is the URL's parsed host name.
    const refused = guardLiteral(new URL(url).hostname, false);
    expect(refused).toBeInstanceOf(GuardError);
    expect(refused?.message).toContain(`(${range})`);
    expect(guardLiteral(new URL(url).hostname, true)).toBeNull();
  });

  it("refuses a name that resolves to loopback", async () => {
    expect(await checkBaseUrl("https://localhost", false)).toEqual({
      ok: false,
      message: expect.stringMatching(/^blocked by the base-URL guard: localhost resolves to .* \(loopback\)/),
    });
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

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** Answers DNS for names under .test (which never resolve for real) as `answers` says, the rest as usual. */
function fakeDns(answers: Record<string, (n: number) => string[]>) {
  const asked: Record<string, number> = {};
  const answer = (host: string): LookupAddress[] | undefined => {
    if (!answers[host]) return undefined;
    asked[host] = (asked[host] ?? 0) + 1;
    const addresses = answers[host](asked[host]);
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  const lookup = dns.lookup;
  vi.spyOn(dns, "lookup").mockImplementation(((host: string, options: dns.LookupOptions, callback: LookupCallback) => {
    const addresses = answer(host);
    if (!addresses) return lookup(host, options, callback as never);
    process.nextTick(() =>
      options.all ? callback(null, addresses) : callback(null, addresses[0]!.address, addresses[0]!.family),
    );
  }) as typeof dns.lookup);
  const promised = dns.promises.lookup;
  vi.spyOn(dns.promises, "lookup").mockImplementation(
    (async (host: string, options: dns.LookupAllOptions) =>
      answer(host) ?? promised(host, options)) as typeof dns.promises.lookup,
  );
  return asked;
}

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

  const refusal = (up: ReturnType<typeof upstream>) =>
    up.request({ method: "GET", path: "/orders" }).then(
      () => null,
      (error: unknown) => error,
    );

  it.each(["2130706433", "0x7f.0.0.1", "0177.0.0.1", "127.1", "[::ffff:7f00:1]", "[::ffff:127.0.0.1]"])(
    "refuses loopback spelled %s without dialling it",
    async (host) => {
      hits = 0;
      const error = await refusal(upstream(`http://${host}:${port}`, false));
      expect(error).toBeInstanceOf(PlatformError);
      expect((error as PlatformError).message).toMatch(/blocked by the base-URL guard: .*\(loopback\)/);
      expect(hits).toBe(0);
    },
  );

  describe("a host name, judged by the address it resolves to when the connection is made", () => {
    afterEach(() => vi.restoreAllMocks());

    it("dials the address the guarded lookup checked, not another resolution of the name", async () => {
      // shop.test exists only in this fake DNS: reaching the server proves the connector used the checked answer.
      fakeDns({ "shop.test": () => ["127.0.0.1"] });
      hits = 0;
      const res = await upstream(`http://shop.test:${port}`, true).request({ method: "GET", path: "/orders" });
      expect(res.status).toBe(200);
      expect(hits).toBe(1);
    });

    it("refuses a name that resolved to a public address when saved and to loopback when dialled (DNS rebinding)", async () => {
      const asked = fakeDns({ "rebind.test": (n) => (n === 1 ? ["93.184.216.34"] : ["127.0.0.1"]) });
      expect(await checkBaseUrl("https://rebind.test", false)).toEqual({ ok: true });
      hits = 0;
      const error = await refusal(upstream(`http://rebind.test:${port}`, false));
      expect((error as PlatformError).message).toBe(
        "TestShop cannot be reached: blocked by the base-URL guard: rebind.test resolves to 127.0.0.1 (loopback) is not a public address",
      );
      expect(asked["rebind.test"]).toBe(2);
      expect(hits).toBe(0);
    });

    it.each([
      ["metadata.test", ["169.254.169.254"], "link-local, incl. cloud metadata"],
      ["mixed.test", ["93.184.216.34", "10.0.0.5"], "private"],
      ["mapped.test", ["::ffff:127.0.0.1"], "loopback"],
      ["v6.test", ["2606:4700::1111", "fd00::5"], "unique-local"],
      ["zero.test", ["0.0.0.0"], "unspecified"],
    ])("refuses %s (resolving to %j) whichever address would be tried", async (host, addresses, range) => {
      fakeDns({ [host]: () => addresses });
      const saved = await checkBaseUrl(`https://${host}`, false);
      expect(saved).toEqual({ ok: false, message: expect.stringContaining(`(${range})`) });
      for (const all of [true, false]) {
        const dialled = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
          guardedLookup(false)(host, { all }, (error) => resolve(error)),
        );
        expect(dialled).toBeInstanceOf(GuardError);
        expect(dialled?.message).toContain(`(${range})`);
      }
    });
  });
});
