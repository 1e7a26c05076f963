// A platform lives in its folders: lib/platforms/<id>/ (the adapter), lib/sandbox/<id>/ (its imitation),
// public/platforms/<id>.svg (its mark), and one entry in each registry. This fails when a platform's id turns
// up anywhere else in the product's code, or when a table is keyed by every platform outside the registries —
// each is a place a sixth platform would have to be added by hand.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SANDBOX_PLATFORM_IDS } from "../sandbox/platforms";
import { PLATFORM_IDS } from "./registry";

const ROOTS = ["lib", "components", "app", "scripts"];
const REGISTRIES = ["lib/platforms/registry.ts", "lib/sandbox/platforms.ts"];
// Code that exists for the tests (they exercise particular platforms on purpose).
const TEST_SUPPORT = [/\.test\.tsx?$/, /\/fixtures\//, /^lib\/testing\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(dir, file).split(path.sep).join("/"))
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !TEST_SUPPORT.some((pattern) => pattern.test(file)));
}

/** The code of a file without its comments (a comment may name a platform freely). */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .map((line) => line.replace(/(^|[^:"'`])\/\/.*$/, "$1"))
    .join("\n");
}

const files = ROOTS.flatMap(sourceFiles);

describe("a platform lives in its own folders", () => {
  it("finds the product's code", () => {
    expect(files.length).toBeGreaterThan(200);
  });

  for (const id of new Set([...PLATFORM_IDS, ...SANDBOX_PLATFORM_IDS])) {
    it(`names ${id} only in its folders and the registries`, () => {
      const own = [`lib/platforms/${id}/`, `lib/sandbox/${id}/`];
      const mention = new RegExp(`["'\`]${id}["'\`/]|(^|[{,\\s])${id}\\s*:`, "m");
      const elsewhere = files.filter(
        (file) => !REGISTRIES.includes(file) && !own.some((dir) => file.startsWith(dir)) && mention.test(code(file)),
      );
      expect(elsewhere).toEqual([]);
    });
  }

  it("keys no table by every platform outside the registries", () => {
    const tables = files.filter(
      (file) => !REGISTRIES.includes(file) && /Record<\s*(Sandbox)?PlatformId\s*,/.test(code(file)),
    );
    expect(tables).toEqual([]);
  });
});
