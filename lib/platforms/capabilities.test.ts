import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { capabilityTable, withCapabilities } from "./capabilities";
import { ADAPTERS } from "./registry";

describe("the README's capability table", () => {
  it("is the one the adapters generate (run `npm run capabilities` after changing an adapter)", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(withCapabilities(readme, capabilityTable(ADAPTERS))).toBe(readme);
  });
});
