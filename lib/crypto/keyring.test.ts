import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decrypt, encrypt, keyIdOf, parseKeyring } from "./keyring";

const key = () => randomBytes(32).toString("base64");

describe("credential keyring", () => {
  it("round-trips with a fresh IV per write, bound to the row id", () => {
    const ring = parseKeyring(`k1:${key()}`);
    const a = encrypt(ring, '{"apiSecret":"s3cr3t"}', "conn-1");
    const b = encrypt(ring, '{"apiSecret":"s3cr3t"}', "conn-1");
    expect(a).not.toBe(b);
    expect(a).not.toContain("s3cr3t");
    expect(decrypt(ring, a, "conn-1")).toBe('{"apiSecret":"s3cr3t"}');
    expect(() => decrypt(ring, a, "conn-2")).toThrow();
  });

  it("rotates: old keys decrypt, new writes use the primary", () => {
    const oldKey = key();
    const before = parseKeyring(`k1:${oldKey}`);
    const sealed = encrypt(before, "hello", "row");
    const after = parseKeyring(`k2:${key()},k1:${oldKey}`);
    expect(decrypt(after, sealed, "row")).toBe("hello");
    expect(keyIdOf(encrypt(after, "hello", "row"))).toBe("k2");
    expect(() => decrypt(parseKeyring(`k3:${key()}`), sealed, "row")).toThrow(/No key "k1"/);
  });

  it("detects tampering and refuses malformed keys", () => {
    const ring = parseKeyring(key());
    const sealed = encrypt(ring, "hello", "row");
    const parts = sealed.split(":");
    const flipped = Buffer.from(parts[4]!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    parts[4] = flipped.toString("base64url");
    expect(() => decrypt(ring, parts.join(":"), "row")).toThrow();
    expect(() => parseKeyring("k1:dG9vIHNob3J0")).toThrow(/32 bytes/);
  });
});
