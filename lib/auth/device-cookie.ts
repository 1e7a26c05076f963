// Known devices (OWASP's "device cookies"): a successful sign-in leaves a signed cookie in the browser saying
// "this device signed in as <email> before". A later sign-in to that account carrying it is throttled on the
// device's own failures (throttle.ts), so someone guessing the password elsewhere cannot keep the owner out.
// It proves nothing else: the password is checked as always.
//
// The cookie holds up to MAX_ENTRIES entries `<nonce>.<expiry>.<signature>`, newest first, so one browser shared
// by several people (a packing station) remembers each of them. The signature covers the email, so an entry
// says nothing readable about whose it is and cannot be moved to another account. The key is derived from
// AUTH_SECRET: changing it forgets every device, which only means the next sign-in counts as from a new one.
import "server-only";
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { type HeaderBag, header } from "./client-ip";

export const DEVICE_COOKIE_DAYS = 180;
const MAX_ENTRIES = 5;
const ENTRY = /^([\w-]{16})\.([0-9a-z]{1,10})\.([\w-]{43})$/;

/** `__Host-` over https: the browser then only accepts it Secure, for the whole site, from this very host. */
export function deviceCookieName(): string {
  return env().NEXTAUTH_URL?.startsWith("https://") ? "__Host-orderdeck-device" : "orderdeck-device";
}

let cachedKey: { secret: string; key: Buffer } | undefined;

function signingKey(): Buffer {
  const secret = env().AUTH_SECRET;
  if (cachedKey?.secret !== secret) {
    const key = Buffer.from(hkdfSync("sha256", secret, "", "orderdeck known-device cookie", 32));
    cachedKey = { secret, key };
  }
  return cachedKey.key;
}

function sign(email: string, nonce: string, expiry: string): string {
  return createHmac("sha256", signingKey()).update(`${email}\n${nonce}\n${expiry}`).digest("base64url");
}

interface Entry {
  raw: string;
  nonce: string;
  expiry: string;
  signature: string;
  expiresAt: number;
}

function entries(value: string | undefined, now: number): Entry[] {
  return (value ?? "")
    .split("~")
    .slice(0, MAX_ENTRIES)
    .flatMap((raw) => {
      const match = ENTRY.exec(raw);
      if (!match) return [];
      const [, nonce, expiry, signature] = match as unknown as [string, string, string, string];
      const expiresAt = Number.parseInt(expiry, 36) * 1000;
      return expiresAt > now ? [{ raw, nonce, expiry, signature, expiresAt }] : [];
    });
}

function isFor(entry: Entry, email: string): boolean {
  const expected = Buffer.from(sign(email, entry.nonce, entry.expiry));
  const actual = Buffer.from(entry.signature);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function cookieValue(headers: HeaderBag): string | undefined {
  const name = deviceCookieName();
  for (const part of (header(headers, "cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

/** The device id (its nonce) when the request carries a valid, unexpired entry for this email; else null. */
export function knownDevice(headers: HeaderBag, email: string, now = Date.now()): string | null {
  return entries(cookieValue(headers), now).find((entry) => isFor(entry, email))?.nonce ?? null;
}

/**
 * The Set-Cookie header after a successful sign-in: a fresh entry for this email (a new nonce, so the device's
 * failure count starts again) ahead of the other people's entries this browser still holds.
 */
export function rememberDevice(headers: HeaderBag, email: string, now = Date.now()): string {
  const nonce = randomBytes(12).toString("base64url");
  const expiry = Math.floor(now / 1000 + DEVICE_COOKIE_DAYS * 86_400).toString(36);
  const others = entries(cookieValue(headers), now).filter((entry) => !isFor(entry, email));
  const value = [`${nonce}.${expiry}.${sign(email, nonce, expiry)}`, ...others.map((entry) => entry.raw)]
    .slice(0, MAX_ENTRIES)
    .join("~");
  const secure = deviceCookieName().startsWith("__Host-") ? "; Secure" : "";
  return `${deviceCookieName()}=${value}; Path=/; Max-Age=${DEVICE_COOKIE_DAYS * 86_400}; HttpOnly; SameSite=Lax${secure}`;
}
