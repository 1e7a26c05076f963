import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { isPlatformError, PlatformError } from "./errors";

describe("PlatformError", () => {
  it("is recognised when another copy of the class threw it (the sync worker's bundle)", async () => {
    // A second copy of the module, as a second bundle has: a fresh import under another URL.
    const copy: typeof import("./errors") = await import(`./errors?copy=${Date.now()}`);
    expect(copy.PlatformError).not.toBe(PlatformError);
    const thrownElsewhere = new copy.PlatformError("timeout", "No answer in 10 s");
    expect(thrownElsewhere instanceof PlatformError).toBe(true);
    expect(isPlatformError(thrownElsewhere)).toBe(true);
    expect(thrownElsewhere.kind).toBe("timeout");
  });

  it("is not claimed by other errors or values", () => {
    expect(new Error("plain") instanceof PlatformError).toBe(false);
    expect(isPlatformError({ kind: "timeout", message: "looks alike" })).toBe(false);
    expect(isPlatformError(runInNewContext("new Error('another realm')"))).toBe(false);
    expect(isPlatformError(null)).toBe(false);
    expect(new PlatformError("refused", "No") instanceof Error).toBe(true);
  });
});
