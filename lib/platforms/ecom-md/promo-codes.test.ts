// The promo codes against the sandbox (API token), which a status upsert looks up by the order's code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../../sandbox/core/server";
import { promoCodes } from "./promo-codes";
import { connectionFor, contextFor, startEcomSandbox } from "./test-helpers";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startEcomSandbox();
});
afterAll(async () => {
  await sandbox.stop();
});

describe("ecom-md promo codes", () => {
  it("promo codes (API token)", async () => {
    const conn = connectionFor(sandbox, { options: { language: "ro" } });
    const promos = await promoCodes(conn, contextFor(conn));
    expect(promos.length).toBeGreaterThan(0);
    expect(promos.every((p) => p.id && p.code && p.name)).toBe(true);
  });
});
