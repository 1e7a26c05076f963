// Redaction: no credential leaves the transport in a body, an error message, a timing label or a log line,
// whatever spelling the platform echoes it in. Over real HTTP against a server that echoes what it is sent.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { errorFromAnswer } from "./error-answers";
import { PlatformError } from "./errors";
import { createUpstream } from "./http";
import { createRedactor } from "./http-redact";

const KEY = "mp_key_4f9a2c";
const SECRET = "mp_secret_77d1e0b3";
const BASIC = Buffer.from(`${KEY}:${SECRET}`).toString("base64");
const TOKEN = "tok_9b8c7d6e5f";
// A secret with characters JSON may escape: "/" as "\/", and any character as "\uXXXX".
const SLASHED = "Zx9/Qw+r8Lk2";
const slashEscaped = (text: string) => text.replaceAll("/", "\\/");
const unicodeEscaped = (text: string) =>
  [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");

// Error bodies that echo SLASHED in JSON's escapes, written by hand as a platform's serializer would.
const ESCAPED_BODIES: Record<string, { type: string; body: string }> = {
  "/escaped-slash": { type: "application/json", body: `{"message":"key ${slashEscaped(SLASHED)} is not valid"}` },
  "/escaped-unicode": { type: "application/json", body: `{"message":"key ${unicodeEscaped(SLASHED)} is not valid"}` },
  "/escaped-key": { type: "application/json", body: `{"errors":{"${slashEscaped(SLASHED)}":["unknown key"]}}` },
  // JSON quoted inside a JSON string: the inner escape is itself escaped.
  "/escaped-nested": {
    type: "application/json",
    body: JSON.stringify({ detail: `{"token":"${slashEscaped(SLASHED)}"}` }),
  },
  // Not JSON at all (a proxy's page quoting the request as JSON), and JSON cut short.
  "/escaped-html": { type: "text/html", body: `<pre>{"token": "${slashEscaped(SLASHED)}"}</pre>` },
  "/escaped-truncated": { type: "application/json", body: `{"message":"key ${unicodeEscaped(SLASHED)} is not` },
};

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const escaped = ESCAPED_BODIES[url.pathname];
    if (escaped) {
      res.writeHead(401, { "content-type": escaped.type });
      return void res.end(escaped.body);
    }
    if (url.pathname === "/echo-basic") {
      // Computed server-side: the transport never saw this header, it must derive the base64 form itself.
      res.writeHead(500, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ error: `rejected Authorization: Basic ${BASIC}` }));
    }
    if (url.pathname === "/login") {
      // DRF-style token login: answers the user's existing token, one we may already know as a secret.
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ key: TOKEN }));
    }
    if (url.pathname.startsWith("/redirect")) {
      res.writeHead(302, { location: `https://${SECRET}.evil.example/` });
      return void res.end();
    }
    const status = url.pathname.startsWith("/busy") ? 503 : 500;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: `bad request with ${req.headers.authorization} and ${req.headers["api-token"]}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const upstream = (secrets = [KEY, SECRET]) =>
  createUpstream({
    connectionId: randomUUID(),
    platformLabel: "TestShop",
    baseUrl: base,
    secrets,
    requestsPerSecond: 1_000,
    concurrency: 10,
    allowPrivate: true,
  });

function expectClean(text: string) {
  for (const secret of [KEY, SECRET, BASIC, TOKEN]) expect(text).not.toContain(secret);
}

/** A text with its JSON escapes of "/" and of any character undone, as a reader of it would see them. */
const unescaped = (text: string) =>
  text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replaceAll("\\/", "/");

/** Every string a reader of `text` could get: the text, its JSON-parsed strings and keys, each also unescaped. */
function readings(text: string): string[] {
  const out: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string") {
      out.push(value, unescaped(value));
      try {
        collect(JSON.parse(value) as unknown);
      } catch {}
    } else if (value && typeof value === "object")
      for (const [key, item] of Object.entries(value)) {
        collect(key);
        collect(item);
      }
  };
  collect(text);
  return out;
}

describe("secret redaction", () => {
  it("redacts a 500 body that echoes the Authorization header, and messages built from it", async () => {
    const up = upstream();
    const res = await up.request({ method: "POST", path: "/echo", headers: { authorization: `Basic ${BASIC}` } });
    expect(res.status).toBe(500);
    expect(res.text).toContain("[redacted]");
    expectClean(res.text);
    // What an adapter does with a platform error: its message is as clean as the body it came from.
    const fromBody = new PlatformError("unavailable", `TestShop: ${(res.json() as { error: string }).error}`);
    expectClean(fromBody.message);
  });

  it("computes the Basic base64 form of the key:secret pair", async () => {
    const res = await upstream().request({ method: "GET", path: "/echo-basic" });
    expect(res.text).toBe('{"error":"rejected Authorization: Basic [redacted]"}');
  });

  it("redacts credential headers it was never told about, and tokens added later", async () => {
    const up = upstream([]);
    const plain = await up.request({ method: "GET", path: "/echo", headers: { "API-Token": TOKEN } });
    expectClean(plain.text);
    const late = upstream([KEY]);
    late.addSecret(TOKEN);
    const res = await late.request({ method: "GET", path: `/orders/${TOKEN}`, headers: { authorization: "x" } });
    expect(late.timings[0]?.label).toBe("GET /orders/[redacted]");
    expectClean(res.text);
  });

  it("redacts timing labels, log lines and error messages", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const up = upstream();
    await up.request({ method: "GET", path: `/busy/${SECRET}`, query: { key: KEY } });
    const logged = warn.mock.calls.map((call) => call.join(" ")).join("\n");
    warn.mockRestore();
    expect(logged).toContain("retry 1/2");
    expectClean(logged);
    expect(up.timings.map((t) => t.label)).toEqual(Array(3).fill("GET /busy/[redacted]"));
    const error = await up.request({ method: "GET", path: "/redirect" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as Error).message).toBe(
      "TestShop redirected to [redacted].evil.example — redirects are not followed",
    );
  });

  it("leaves success bodies verbatim: they are data, and a login may hand back a known token", async () => {
    const up = upstream();
    up.addSecret(TOKEN);
    const res = await up.request({ method: "POST", path: "/login", body: { username: KEY, password: SECRET } });
    expect(res.json()).toEqual({ key: TOKEN });
  });

  it.each(Object.keys(ESCAPED_BODIES))(
    "redacts a secret the platform echoes JSON-escaped (%s), in the body and the message built from it",
    async (path) => {
      const up = upstream([KEY, SLASHED]);
      const res = await up.request({ method: "GET", path });
      expect(res.status).toBe(401);
      expect(res.text).toContain("[redacted]");
      for (const reading of readings(res.text)) {
        expect(reading).not.toContain(SLASHED);
        expect(reading).not.toContain(slashEscaped(SLASHED));
      }
      const error = errorFromAnswer(res, "TestShop", (body) => ({ message: JSON.stringify(body) }));
      expect(error.message).not.toContain(SLASHED);
      expect(error.message).not.toContain(slashEscaped(SLASHED));
    },
  );

  it("passes a clean JSON body through byte for byte, and decodes escapes only where a secret hid", () => {
    const redactor = createRedactor([SLASHED]);
    const clean = '{"message" : "a\\/b \\u0041",  "n": 1.50}';
    expect(redactor.redact(clean)).toBe(clean);
    expect(redactor.redact(`{"m":"x ${slashEscaped(SLASHED)} a\\/b"}`)).toBe('{"m":"x [redacted] a/b"}');
    expect(redactor.redact(`plain a\\/b ${unicodeEscaped(SLASHED)}`)).toBe("plain a/b [redacted]");
    expect(redactor.redact("plain a\\/b")).toBe("plain a\\/b");
    expect(redactor.redact(`"${slashEscaped(SLASHED)}"`)).toBe('"[redacted]"');
  });

  it("replaces the longest spelling first and ignores values too short to hide", () => {
    const redactor = createRedactor(["abc", "abcdef", "x"]);
    expect(redactor.redact("abcdef abc x")).toBe("[redacted] [redacted] x");
    expect(redactor.redact(encodeURIComponent("a b/c"))).toBe("a%20b%2Fc");
    redactor.add("a b/c");
    expect(redactor.redact("q=a%20b%2Fc")).toBe("q=[redacted]");
    expect(redactor.redact("q=a%20b%2fc")).toBe("q=[redacted]");
  });
});
