// A pass-through between Orderdeck and the sandbox that notes the secrets going by: every credential-like header
// Orderdeck sends a platform (API keys, Basic and Bearer values, Omnitron's "Token <key>") and the tokens a login
// answers with (Omnitron's key, Seller Center's access and refresh tokens). The sandbox's request log has no
// headers or bodies, and these tokens are random: the soak must see them go by to look for them afterwards.
import http from "node:http";

const SECRET_HEADER = /auth|token|key|secret|session|password/i;
const NOT_SECRET_HEADER = /idempotency/i;
const LOGIN = /login|token|auth/i;
/** Shorter values are not worth looking for: they would match ordinary text. */
const MIN_LENGTH = 12;

/** Starts the tap in front of `targetUrl`; `note(value, kind)` receives each secret seen. Answers its url and close. */
export async function startSecretTap(targetUrl, note) {
  const target = new URL(targetUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const noteLong = (value, kind) => {
    if (typeof value === "string" && value.length >= MIN_LENGTH) note(value, kind);
  };
  const noteHeader = (value) => {
    noteLong(value, "platform credential header");
    const [scheme, rest] = value.split(/\s+(.*)/s);
    if (!rest) return;
    noteLong(rest, "platform credential header");
    if (/^basic$/i.test(scheme))
      for (const part of Buffer.from(rest, "base64").toString().split(":")) noteLong(part, "platform credential");
  };
  const noteLoginAnswer = (text) => {
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return;
    }
    const walk = (value) => {
      if (typeof value === "string" && /^[\w.+/=-]+$/.test(value)) noteLong(value, "platform login token");
      else if (value && typeof value === "object") for (const inner of Object.values(value)) walk(inner);
    };
    walk(body);
  };

  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(req.headers)) {
      if (SECRET_HEADER.test(name) && !NOT_SECRET_HEADER.test(name)) for (const one of [value].flat()) noteHeader(one);
    }
    const login = req.method === "POST" && LOGIN.test(req.url ?? "");
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        const chunks = [];
        if (login) answer.on("data", (chunk) => chunks.push(chunk));
        answer.on("end", () => login && noteLoginAnswer(Buffer.concat(chunks).toString("utf8")));
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    // Orderdeck gave up on the call (its deadline): so does the tap, as a direct connection would.
    res.on("close", () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
      agent.destroy();
    },
  };
}
