// The browser's api() against a real HTTP server: the route's pattern filled in (each value encoded), the
// query and the body sent as the contract says, and failures turned into ApiClientError — with the server's own
// words when the answer is the API's error envelope, in general terms when it is someone else's page.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ApiClientError, api, searchString } from "./api";

interface Seen {
  method: string;
  url: string;
  contentType: string | undefined;
  idempotencyKey: string | undefined;
  body: string;
}

let server: Server;
let base: string;
let seen: Seen[] = [];
let answer: { status: number; body: string; type?: string } = { status: 200, body: "{}" };

async function read(req: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text;
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    seen.push({
      method: req.method ?? "",
      url: req.url ?? "",
      contentType: req.headers["content-type"],
      idempotencyKey: req.headers["idempotency-key"] as string | undefined,
      body: await read(req),
    });
    res.writeHead(answer.status, { "content-type": answer.type ?? "application/json" }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vi.stubGlobal("fetch", toTestServer);
});

// The browser resolves /api/... against the page's origin; here, against the test server.
const fetchFromNode = globalThis.fetch;
const toTestServer = (input: string, init?: RequestInit) => fetchFromNode(new URL(input, base), init);

afterAll(async () => {
  vi.unstubAllGlobals();
  await new Promise((resolve) => server.close(resolve));
});

function answerWith(status: number, body: unknown, type?: string) {
  seen = [];
  answer = { status, body: typeof body === "string" ? body : JSON.stringify(body), type };
}

const failure = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (error: unknown) => error,
  );

describe("api()", () => {
  it("fills the route's parameters, encoded, and sends the body as JSON with the caller's headers", async () => {
    const result = { order: null, actions: [], notice: "accepted" };
    answerWith(200, result);
    const answer = await api("POST /api/orders/:connectionId/:orderId/actions", {
      params: { connectionId: "c1", orderId: "A/1 ?" },
      body: { type: "add-note", text: "hello" },
      headers: { "Idempotency-Key": "key-12345" },
    });
    expect(answer).toEqual(result);
    expect(seen).toEqual([
      {
        method: "POST",
        url: "/api/orders/c1/A%2F1%20%3F/actions",
        contentType: "application/json",
        idempotencyKey: "key-12345",
        body: '{"type":"add-note","text":"hello"}',
      },
    ]);
  });

  it("sends the search string as it is, and builds one from values (empty ones left out)", async () => {
    answerWith(200, { events: [], nextBefore: null });
    await api("GET /api/audit", {
      search: searchString({ action: "user.create", actor: "", before: undefined, limit: 50 }),
    });
    await api("GET /api/orders", { search: "stage=pending,shipped&sort=total_desc" });
    await api("GET /api/orders", { search: "" });
    expect(seen.map((request) => request.url)).toEqual([
      "/api/audit?action=user.create&limit=50",
      "/api/orders?stage=pending,shipped&sort=total_desc",
      "/api/orders",
    ]);
  });

  it("reads the API's error envelope: code, message and the fields of a 422", async () => {
    answerWith(422, {
      error: {
        code: "invalid_input",
        message: "body.email: Enter a valid email address",
        details: { issues: [{ path: "body.email", message: "Enter a valid email address" }] },
      },
    });
    const error = await failure(
      api("POST /api/users", { body: { email: "x", name: "X", role: "admin", password: "p" } }),
    );
    expect(error).toBeInstanceOf(ApiClientError);
    expect(error).toMatchObject({
      status: 422,
      code: "invalid_input",
      message: "body.email: Enter a valid email address",
    });
    expect((error as ApiClientError).fieldErrors()).toEqual({ email: "Enter a valid email address" });
  });

  it("keeps the issues' codes and the values an error names", async () => {
    const issue = { path: "body.password", message: "Use at least 12 characters", code: "passwordTooShort" };
    answerWith(422, {
      error: { code: "invalid_input", message: "m", details: { issues: [{ ...issue, params: { min: 12 } }] } },
    });
    const invalid = (await failure(api("GET /api/users"))) as ApiClientError;
    expect(invalid.issues).toEqual([{ ...issue, params: { min: 12 } }]);
    expect(invalid.details).toEqual({});
    answerWith(409, { error: { code: "email_taken", message: "m", details: { email: "a@example.com" } } });
    const taken = (await failure(api("GET /api/users"))) as ApiClientError;
    expect({ issues: taken.issues, details: taken.details }).toEqual({
      issues: [],
      details: { email: "a@example.com" },
    });
  });

  it("answers someone else's error page in general terms", async () => {
    answerWith(502, "<html><body>Bad Gateway</body></html>", "text/html");
    const error = await failure(api("GET /api/users"));
    expect(error).toMatchObject({
      status: 502,
      code: "http_error",
      message: "The server answered 502. Try again in a moment.",
    });
    answerWith(500, { error: "not the envelope" });
    expect(await failure(api("GET /api/users"))).toMatchObject({ status: 500, code: "http_error" });
  });

  it("says the network failed when nothing answers", async () => {
    vi.stubGlobal("fetch", () => Promise.reject(new TypeError("fetch failed")));
    try {
      expect(await failure(api("GET /api/me"))).toMatchObject({ status: 0, code: "network_error" });
    } finally {
      vi.stubGlobal("fetch", toTestServer);
    }
  });
});
