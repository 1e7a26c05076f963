// The promo codes against the sandbox (API token), which a status upsert looks up by the order's code.
import { describe, expect, it } from "vitest";
import { adapterHarness } from "../../testing/adapter-harness";
import { ecomMdAdapter as adapter } from "./index";
import { promoCodes } from "./promo-codes";

const { connectionTo, contextFor, sandboxPerFile } = adapterHarness(adapter);

const sandbox = sandboxPerFile();

describe("ecom-md promo codes", () => {
  it("promo codes (API token)", async () => {
    const conn = connectionTo(sandbox(), { options: { language: "ro" } });
    const promos = await promoCodes(conn, contextFor(conn));
    expect(promos.length).toBeGreaterThan(0);
    expect(promos.every((p) => p.id && p.code && p.name)).toBe(true);
  });
});
