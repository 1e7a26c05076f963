// The client IP cannot be chosen by the client: with no proxy it is the socket's peer, whatever
// X-Forwarded-For says; behind N proxies it is the N-th X-Forwarded-For entry from the right.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "../env";
import { clientIp, normalizeIp, UNKNOWN_IP } from "./client-ip";
import { installPeerAddressStamp, peerHeaderName } from "./peer-address";

function withProxies(count: number) {
  process.env.TRUSTED_PROXIES = String(count);
  resetEnvForTests();
}

afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
  resetEnvForTests();
});

describe("behind N trusted proxies", () => {
  // Client 203.0.113.7 sends a forged entry; proxy 1 (10.0.0.1) appends the client; proxy 2 appends proxy 1.
  const forged = "6.6.6.6";

  it("takes the last entry behind one proxy (not the one the client sent before it)", () => {
    withProxies(1);
    expect(clientIp(new Headers({ "x-forwarded-for": `${forged}, 203.0.113.7` }))).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": `${forged},203.0.113.7` })).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": [forged, "203.0.113.7"] })).toBe("203.0.113.7");
  });

  it("takes the second entry from the right behind two proxies", () => {
    withProxies(2);
    expect(clientIp(new Headers({ "x-forwarded-for": `${forged}, 203.0.113.7, 10.0.0.1` }))).toBe("203.0.113.7");
  });

  it("answers unknown when fewer proxies appended than are trusted, or an entry is not an address", () => {
    withProxies(2);
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe(UNKNOWN_IP);
    expect(clientIp(new Headers())).toBe(UNKNOWN_IP);
    withProxies(1);
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, evil.example" }))).toBe(UNKNOWN_IP);
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, " }))).toBe(UNKNOWN_IP);
  });

  it("never reads X-Real-IP, which any client can send", () => {
    withProxies(1);
    expect(clientIp(new Headers({ "x-real-ip": "6.6.6.6" }))).toBe(UNKNOWN_IP);
  });
});

describe("with no proxy (TRUSTED_PROXIES=0)", () => {
  it("ignores X-Forwarded-For and X-Real-IP without the socket's address", () => {
    withProxies(0);
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6" }))).toBe(UNKNOWN_IP);
  });

  describe("through a real HTTP server", () => {
    let server: Server;
    let port = 0;
    beforeAll(async () => {
      installPeerAddressStamp();
      // What a route handler would see: the request's headers, nothing else.
      server = createServer((req, res) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers))
          if (typeof value === "string") headers.set(name, value);
        res.end(JSON.stringify({ fromHeaders: clientIp(headers), fromRecord: clientIp(req.headers) }));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it("answers the socket's peer, whatever X-Forwarded-For, X-Real-IP or a guessed stamp header say", async () => {
      withProxies(0);
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6", "x-orderdeck-peer": "6.6.6.6" },
      });
      expect(await response.json()).toEqual({ fromHeaders: "127.0.0.1", fromRecord: "127.0.0.1" });
    });

    it("stamps under a name no client can know in advance", () => {
      expect(peerHeaderName()).toMatch(/^x-orderdeck-peer-[0-9a-f]{24}$/);
    });
  });
});

describe("normalizeIp", () => {
  it("reads IPv4, IPv6, IPv4-mapped IPv6 and addresses with ports; refuses everything else", () => {
    expect(normalizeIp(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("2001:db8::1")).toBe("2001:db8::1");
    expect(normalizeIp("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("203.0.113.7:5050")).toBe("203.0.113.7");
    for (const bad of ["", "unknown", "evil.example", "0x7f.1", "127.1", "1.2.3.4.5", "<script>"])
      expect(normalizeIp(bad)).toBeUndefined();
  });
});
