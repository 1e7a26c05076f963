// A connection whose upstream answers from a function instead of HTTP, for payloads no sandbox serves (a page
// with an order broken beyond reading, say): every request gets the JSON `answer` returns for it, status 200.
import type { PlatformId } from "../domain/platform";
import type { Upstream, UpstreamRequest } from "../platforms/http";
import type { AdapterContext, Connection } from "../platforms/types";
import { sandboxConnectionCredentials } from "../sandbox/credentials";

export function cannedConnection(
  platform: PlatformId,
  answer: (req: UpstreamRequest) => unknown,
  options: Connection["options"] = {},
): { conn: Connection; ctx: AdapterContext; requests: UpstreamRequest[] } {
  const conn: Connection = {
    id: `canned-${crypto.randomUUID()}`,
    name: "Canned answers",
    platform,
    baseUrl: "https://shop.example.com",
    credentials: sandboxConnectionCredentials(platform),
    options,
  };
  const requests: UpstreamRequest[] = [];
  const upstream: Upstream = {
    connectionId: conn.id,
    timings: [],
    addSecret: () => {},
    async request(req) {
      requests.push(req);
      const text = JSON.stringify(answer(req));
      return { status: 200, headers: new Headers(), text, durationMs: 0, json: () => JSON.parse(text) };
    },
  };
  return { conn, ctx: { upstream }, requests };
}
