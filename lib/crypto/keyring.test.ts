import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decrypt, encrypt, keyIdOf, parseKeyring, resealed } from "./keyring";

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
    const ring = parseKeyring(`k1:${key()}`);
    const sealed = encrypt(ring, "hello", "row");
    const parts = sealed.split(":");
    const flipped = Buffer.from(parts[4]!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    parts[4] = flipped.toString("base64url");
    expect(() => decrypt(ring, parts.join(":"), "row")).toThrow();
    expect(() => parseKeyring("k1:dG9vIHNob3J0")).toThrow(/32 bytes/);
  });

  it("refuses a key without an id, saying which id its data was sealed under", () => {
    // Ids by position would make "NEW,OLD" relabel OLD as k1 and leave everything it sealed unreadable.
    expect(() => parseKeyring(key())).toThrow(/key 1 has no id.*"k0:<the key>" keeps reading what it sealed/);
    expect(() => parseKeyring(`k2:${key()},${key()}`)).toThrow(/key 2 has no id.*"k1:<the key>"/);
    expect(() => parseKeyring(`k 1:${key()}`)).toThrow(/may only use letters/);
    expect(() => parseKeyring(`k1:${key()},k1:${key()}`)).toThrow(/appears twice/);
  });

  it("writes a 16-byte tag and refuses a shorter one, even a true prefix of the real tag", () => {
    const ring = parseKeyring(`k1:${key()}`);
    const sealed = encrypt(ring, "hello", "row");
    const parts = sealed.split(":");
    const tag = Buffer.from(parts[3]!, "base64url");
    expect(tag).toHaveLength(16);
    // GCM checks only as many tag bytes as it is given: without a fixed length, 4 true bytes would pass.
    for (const length of [4, 8, 12, 15]) {
      parts[3] = tag.subarray(0, length).toString("base64url");
      expect(() => decrypt(ring, parts.join(":"), "row")).toThrow(/tag/);
    }
  });

  it("reseals a value under the primary key, and leaves one already there alone", () => {
    const oldKey = key();
    const sealed = encrypt(parseKeyring(`k1:${oldKey}`), "hello", "row");
    const ring = parseKeyring(`k2:${key()},k1:${oldKey}`);
    const again = resealed(ring, sealed, "row")!;
    expect(keyIdOf(again)).toBe("k2");
    expect(decrypt(parseKeyring(`k2:${Buffer.from(ring.keys.get("k2")!).toString("base64")}`), again, "row")).toBe(
      "hello",
    );
    expect(resealed(ring, again, "row")).toBeNull();
    expect(() => resealed(ring, sealed, "another row")).toThrow();
  });
});
