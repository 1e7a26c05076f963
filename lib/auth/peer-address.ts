// The address at the other end of the request's socket. Next.js gives route handlers and next-auth only
// the request's headers, and fills X-Forwarded-For with the socket's address only when the client did not
// send one, so with no proxy in front the client picks its own IP. Node publishes every incoming request
// on a diagnostics channel before any handler sees it: the socket's address is stamped there into a
// header whose name is random per process, so no client can send it (or guess it) themselves.
import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

const globalForPeer = globalThis as unknown as { orderdeckPeerHeader?: string };

/** Called once at server start (instrumentation.ts); later calls do nothing. */
export function installPeerAddressStamp(): void {
  if (globalForPeer.orderdeckPeerHeader) return;
  const name = `x-orderdeck-peer-${randomBytes(12).toString("hex")}`;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[name] = socket.remoteAddress ?? "";
  });
  globalForPeer.orderdeckPeerHeader = name;
}

/** The stamp's header name, or undefined where no stamp is installed (tests calling handlers directly). */
export function peerHeaderName(): string | undefined {
  return globalForPeer.orderdeckPeerHeader;
}
