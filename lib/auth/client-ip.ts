// The client's IP for the sign-in throttle and the audit log.
// - TRUSTED_PROXIES=0: the socket's peer (lib/auth/peer-address.ts); X-Forwarded-For is the client's own say.
// - TRUSTED_PROXIES=N: the N-th X-Forwarded-For entry from the right. Each proxy appends the address it was
//   called from, so the last (N-th) proxy's entry is its caller: the client, or the first proxy's caller.
//   Entries further left were sent by the client and prove nothing.
// Anything else is UNKNOWN_IP, never a guess a client could steer.
import "server-only";
import ipaddr from "ipaddr.js";
import { env } from "../env";
import { peerHeaderName } from "./peer-address";

export type HeaderBag = Headers | Record<string, string | string[] | undefined>;

export const UNKNOWN_IP = "unknown";

/** One header from a Headers object or Node's (or next-auth's) plain record of them. */
export function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** A plain IPv4 or IPv6 address (IPv4-mapped IPv6 as IPv4), with any port or brackets removed; else undefined. */
export function normalizeIp(value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(raw);
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(raw);
  const address = bracketed?.[1] ?? v4WithPort?.[1] ?? raw;
  if (!ipaddr.IPv4.isValidFourPartDecimal(address) && !ipaddr.IPv6.isValid(address)) return undefined;
  return ipaddr.process(address).toString();
}

export function clientIp(headers: HeaderBag): string {
  const proxies = env().TRUSTED_PROXIES;
  if (proxies === 0) {
    const stamp = peerHeaderName();
    return (stamp && normalizeIp(header(headers, stamp))) || UNKNOWN_IP;
  }
  const forwarded = (header(headers, "x-forwarded-for") ?? "").split(",");
  return normalizeIp(forwarded[forwarded.length - proxies]) ?? UNKNOWN_IP;
}
