// Calls a sandbox platform directly, as an adapter would, for the "server overhead" comparison.
import { SANDBOX_CREDENTIALS } from "../../lib/sandbox/credentials.ts";

const basic = (key, secret) => `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

export async function directHeaders(sandboxUrl, platform) {
  const c = SANDBOX_CREDENTIALS;
  switch (platform) {
    case "retailys":
      return { token: c.retailys.token };
    case "merchantpro":
      return { authorization: basic(c.merchantpro.apiKey, c.merchantpro.apiSecret), accept: "application/json" };
    case "ecom-md":
      return { "API-Token": c["ecom-md"].apiToken, "Accept-Language": "ro" };
    case "akinon-seller-center":
      return { authorization: `Bearer ${c["akinon-seller-center"].accessToken}`, "content-type": "application/json" };
    case "akinon-omnitron": {
      const login = await fetch(`${sandboxUrl}/akinon-omnitron/api/i1/auth/login/`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(c["akinon-omnitron"]),
      });
      return { authorization: `Token ${(await login.json()).key}`, "content-type": "application/json" };
    }
    default:
      throw new Error(`unknown platform ${platform}`);
  }
}

/** The upstream calls Orderdeck made for one request, from the sandbox's request log. */
export async function upstreamCallsOf(sandboxUrl, platform, since) {
  const log = await (await fetch(`${sandboxUrl}/_sandbox/requests?platform=${platform}&since=${since}`)).json();
  return log.requests.filter((entry) => entry.method === "GET" && !entry.path.endsWith("/Statuses"));
}

export async function lastSeq(sandboxUrl) {
  const log = await (await fetch(`${sandboxUrl}/_sandbox/requests`)).json();
  return log.requests.at(-1)?.seq ?? 0;
}
