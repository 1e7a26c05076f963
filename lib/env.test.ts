// The environment checks that stop a start with one line naming the variable: encryption keys must be named
// (ids by position would relabel them when a new key goes first), and a production NEXTAUTH_URL must be https
// unless it is this machine's loopback address (the e2e and the bench run the production build on 127.0.0.1).
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvForTests } from "./env";

const saved = { ...process.env };
const key = () => randomBytes(32).toString("base64");

/** The environment parsed from `vars` over a complete, valid one; the error message when it is refused. */
function parse(vars: Record<string, string>): string {
  process.env = {
    ...saved,
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "orderdeck-env-")),
    AUTH_SECRET: randomBytes(32).toString("hex"),
    ENCRYPTION_KEY: `k1:${key()}`,
    NEXTAUTH_URL: "https://orders.example.com",
    NODE_ENV: "production",
    ...vars,
  };
  resetEnvForTests();
  try {
    env();
    return "ok";
  } catch (error) {
    return (error as Error).message;
  }
}

afterEach(() => {
  process.env = saved;
  resetEnvForTests();
});

describe("ENCRYPTION_KEY", () => {
  it("takes named keys, several for rotation", () => {
    expect(parse({ ENCRYPTION_KEY: `k2:${key()}, k1:${key()}` })).toBe("ok");
  });

  it("refuses a key without an id, saying how to name it to keep its data readable", () => {
    expect(parse({ ENCRYPTION_KEY: key() })).toBe(
      'Invalid environment variable ENCRYPTION_KEY: key 1 has no id. Write every key as "<id>:<32 bytes in base64>"; an unnamed key in this place was called "k0" before, so "k0:<the key>" keeps reading what it sealed',
    );
    expect(parse({ ENCRYPTION_KEY: `k2:${key()},${key()}` })).toMatch(/key 2 has no id.*"k1:<the key>"/);
  });

  it("refuses a key that is not 32 bytes", () => {
    expect(parse({ ENCRYPTION_KEY: "k1:dG9vIHNob3J0" })).toBe(
      'Invalid environment variable ENCRYPTION_KEY: key "k1" must be 32 bytes in base64',
    );
  });
});

describe("NEXTAUTH_URL in production", () => {
  it.each(["https://orders.example.com", "http://127.0.0.1:3210", "http://localhost:3000", "http://[::1]:3000"])(
    "accepts %s",
    (url) => {
      expect(parse({ NEXTAUTH_URL: url })).toBe("ok");
    },
  );

  it.each(["http://orders.example.com", "http://10.0.0.5:3000", "http://0.0.0.0:3000"])(
    "refuses %s: its cookies would not be Secure",
    (url) => {
      expect(parse({ NEXTAUTH_URL: url })).toBe(
        "Invalid environment variable NEXTAUTH_URL: must start with https:// in production (session cookies are Secure only over https); plain http is allowed only on this machine's loopback address, e.g. http://127.0.0.1:3000",
      );
    },
  );

  it("lets development use plain http anywhere", () => {
    expect(parse({ NODE_ENV: "development", NEXTAUTH_URL: "http://orders.example.com" })).toBe("ok");
  });
});

describe("HEAP_GROWING_PERCENT", () => {
  it("keeps the heap within half again its live size unless told otherwise; 0 leaves V8's own", () => {
    expect(parse({})).toBe("ok");
    expect(env().HEAP_GROWING_PERCENT).toBe(50);
    expect(parse({ HEAP_GROWING_PERCENT: "0" })).toBe("ok");
    expect(env().HEAP_GROWING_PERCENT).toBe(0);
    expect(parse({ HEAP_GROWING_PERCENT: "-5" })).toMatch(/HEAP_GROWING_PERCENT/);
  });
});
