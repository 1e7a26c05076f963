// The transport options (timeoutMs, requestsPerSecond, concurrency) are declared once, in
// lib/platforms/shared-options.ts, and a connection's settings are checked against those bounds whatever its
// platform: no adapter's own (stricter or looser) bounds apply, and none are left unchecked.
import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../platforms/registry";
import { sandboxConnectionCredentials } from "../sandbox/credentials";
import { validateFor } from "./connection-settings";

describe("a connection's transport options", () => {
  for (const adapter of ADAPTERS) {
    const credentials = sandboxConnectionCredentials(adapter.id);

    it(`${adapter.id}: out of the shared bounds is refused, naming the field`, () => {
      expect(() => validateFor(adapter, credentials, { timeoutMs: 50 })).toThrow(/^body\.options\.timeoutMs: /);
      expect(() => validateFor(adapter, credentials, { concurrency: 1000 })).toThrow(/^body\.options\.concurrency: /);
      expect(() => validateFor(adapter, credentials, { requestsPerSecond: "fast" })).toThrow(
        /^body\.options\.requestsPerSecond: /,
      );
    });

    it(`${adapter.id}: within the shared bounds is kept as given`, () => {
      const transport = { timeoutMs: 30_000, requestsPerSecond: 50, concurrency: 32 };
      expect(validateFor(adapter, credentials, transport).options).toMatchObject(transport);
    });
  }
});
