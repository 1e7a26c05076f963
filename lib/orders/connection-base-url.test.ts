// A connection's base URL as production checks it (UPSTREAM_ALLOW_PRIVATE off, the default): every spelling of a
// loopback, private, link-local or metadata address is refused naming body.baseUrl, for the form to show.
// lib/platforms/guard.test.ts proves each spelling and the connect-time check; this proves the wiring.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidInputError } from "../domain/errors";
import { resetEnvForTests } from "../env";
import { assertBaseUrl } from "./connection-base-url";

const saved = { ...process.env };

beforeAll(() => {
  const DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-base-url-"));
  Object.assign(process.env, { NODE_ENV: "production", NEXTAUTH_URL: "https://orders.example.com", DATA_DIR });
  delete process.env.UPSTREAM_ALLOW_PRIVATE;
  resetEnvForTests();
});

afterAll(() => {
  process.env = saved;
  resetEnvForTests();
});

describe("a base URL in production", () => {
  it.each([
    "https://127.0.0.1",
    "https://2130706433",
    "https://0177.0.0.1",
    "https://0x7f.0.0.1",
    "https://127.1",
    "https://[::ffff:127.0.0.1]",
    "https://[::ffff:7f00:1]",
    "https://0.0.0.0",
    "https://[::]",
    "https://[::1]",
    "https://localhost",
    "https://169.254.169.254/latest/meta-data",
    "https://10.0.0.8",
    "https://[fd00::1]",
  ])("refuses %s, naming the field", async (url) => {
    const error = await assertBaseUrl(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues).toEqual([
      {
        path: "body.baseUrl",
        message: expect.stringMatching(/^blocked by the base-URL guard: .* is not a public address$/),
      },
    ]);
  });

  it("refuses plain http, and takes a public https address without its trailing slash", async () => {
    await expect(assertBaseUrl("http://93.184.216.34")).rejects.toThrow("body.baseUrl: must start with https://");
    expect(await assertBaseUrl("https://93.184.216.34/api/")).toBe("https://93.184.216.34/api");
  });
});
