// The login-token cache: unit checks of sharing and invalidation, then withSession over real HTTP against a
// server that issues tokens and revokes them, as Akinon's login flow does.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstream } from "./http";
import { createTokenCache, type SessionKey, withSession } from "./session-cache";

const keyOf = (password = "pw-1", connectionId: string = randomUUID()): SessionKey => ({
  connectionId,
  credentials: { username: "erp", password },
});

function countingLogin(delayMs = 20) {
  let calls = 0;
  const login = async () => {
    calls += 1;
    const token = `token-${calls}`;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return token;
  };
  return { login, calls: () => calls };
}

describe("token cache", () => {
  it("shares one login between concurrent callers, then serves it from the cache", async () => {
    const cache = createTokenCache();
    const key = keyOf();
    const { login, calls } = countingLogin();
    const tokens = await Promise.all(Array.from({ length: 8 }, () => cache.get(key, login)));
    expect(new Set(tokens)).toEqual(new Set(["token-1"]));
    expect(await cache.get(key, login)).toBe("token-1");
    expect(calls()).toBe(1);
  });

  it("logs in again when the credentials change, and forgets the old session", async () => {
    const cache = createTokenCache();
    const before = keyOf("pw-1");
    const after = keyOf("pw-2", before.connectionId);
    const { login, calls } = countingLogin();
    expect(await cache.get(before, login)).toBe("token-1");
    expect(await cache.get(after, login)).toBe("token-2");
    expect(await cache.get(after, login)).toBe("token-2");
    expect(calls()).toBe(2);
  });

  it("does not cache a failed login", async () => {
    const cache = createTokenCache();
    const key = keyOf();
    await expect(cache.get(key, () => Promise.reject(new Error("bad login")))).rejects.toThrow("bad login");
    expect(await cache.get(key, async () => "fresh")).toBe("fresh");
  });

  it("invalidates only the token that failed, keeping a newer one", async () => {
    const cache = createTokenCache();
    const key = keyOf();
    const { login } = countingLogin(0);
    await cache.get(key, login);
    cache.invalidate(key, "token-1");
    expect(await cache.get(key, login)).toBe("token-2");
    cache.invalidate(key, "token-1");
    expect(await cache.get(key, login)).toBe("token-2");
  });
});

describe("withSession over HTTP", () => {
  let server: Server;
  let base = "";
  let logins = 0;
  let orderCalls = 0;
  const valid = new Set<string>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      res.setHeader("content-type", "application/json");
      if (req.url === "/api/i1/auth/login/") {
        logins += 1;
        const key = `key-${logins}`;
        valid.add(key);
        return void res.end(JSON.stringify({ key }));
      }
      orderCalls += 1;
      const ok = valid.has((req.headers.authorization ?? "").replace(/^Token /, ""));
      res.statusCode = ok ? 200 : 401;
      setTimeout(() => res.end(JSON.stringify(ok ? { results: [] } : { detail: "Invalid token." })), 20);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("logs in once for concurrent callers and re-logs in exactly once when the token is revoked", async () => {
    const connectionId = randomUUID();
    const up = createUpstream({
      connectionId,
      platformLabel: "Omnitron",
      baseUrl: base,
      secrets: ["erp", "pw-1"],
      requestsPerSecond: 1_000,
      concurrency: 10,
      allowPrivate: true,
    });
    const cache = createTokenCache();
    const key = keyOf("pw-1", connectionId);
    const login = async () => {
      const res = await up.request({
        method: "POST",
        path: "/api/i1/auth/login/",
        body: { username: "erp", password: "pw-1" },
      });
      return (res.json() as { key: string }).key;
    };
    // Distinct pages so coalescing does not hide the concurrency of the callers.
    const listAll = () =>
      Promise.all(
        Array.from({ length: 5 }, (_, page) =>
          withSession(cache, key, login, async (token) => {
            const res = await up.request({
              method: "GET",
              path: "/api/i1/orders/",
              query: { page },
              headers: { authorization: `Token ${token}` },
            });
            return { status: res.status, body: res.text };
          }),
        ),
      );

    expect((await listAll()).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(logins).toBe(1);

    valid.clear(); // the platform revokes the token
    orderCalls = 0;
    const again = await listAll();
    expect(again.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(logins).toBe(2);
    expect(orderCalls).toBe(10); // each caller: one 401, one retry with the new token

    valid.clear(); // a token that keeps failing: one re-login, one retry, then the 401 goes to the adapter
    const alwaysRevoked = await withSession(cache, key, login, async (token) => {
      valid.clear();
      const res = await up.request({
        method: "GET",
        path: "/api/i1/orders/",
        headers: { authorization: `Token ${token}` },
      });
      return { status: res.status };
    });
    expect(alwaysRevoked.status).toBe(401);
    expect(logins).toBe(3);
  });
});
