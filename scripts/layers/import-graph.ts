// The import graph of the source tree, for the layer rules (rules.ts). Parsed with swc rather than read by
// dependency-cruiser: its releases for Node 20 (16.x, 17.x) cannot parse .tsx with swc and accept TypeScript only
// below 7 (ours is 7.0, which has no compiler API), and 18.x needs Node 22. Resolution is the tsconfig's own:
// relative paths and the `@/` alias, with the extensions the bundler tries.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { posix } from "node:path";
import { parseSync } from "@swc/core";

export interface Import {
  /** The imported file, relative to the root (e.g. `lib/orders/cursor.ts`). */
  path: string;
  specifier: string;
  /** `import type`, `import { type A }` or `import("x").T`: it checks the code but loads none of it. */
  typeOnly: boolean;
}

export interface SourceModule {
  path: string;
  imports: Import[];
  /** Imports that name a file of ours that does not exist (a rule cannot judge what it cannot see). */
  unresolved: string[];
  /** Starts with the "use client" directive: a client component, shipped to the browser. */
  browser: boolean;
  /** Has `import "server-only"`: the bundler refuses it in browser code. */
  serverOnly: boolean;
}

const SOURCE = /\.(ts|tsx|mts|cts|mjs|cjs|js|jsx)$/;
const SKIPPED_DIRS = new Set(["node_modules", "test-results", "playwright-report", "drizzle"]);
const TRIED_SUFFIXES = ["", ".ts", ".tsx", ".d.ts", ".js", ".mjs", "/index.ts", "/index.tsx", "/index.js"];

/** Every source file under `root`, relative and with `/` separators; build output, data and dot-folders skipped. */
export function sourceFiles(root: string, dir = ""): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(posix.join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIPPED_DIRS.has(entry.name)) files.push(...sourceFiles(root, path));
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) {
      files.push(path);
    }
  }
  return files;
}

function isFile(root: string, path: string): boolean {
  const full = posix.join(root, path);
  return existsSync(full) && statSync(full).isFile();
}

/** The file an import of ours points at; undefined for a package; null for ours but missing. */
function resolve(root: string, from: string, specifier: string): string | null | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = posix.join(posix.dirname(from), specifier);
  else return undefined;
  // TypeScript lets `./x.js` name `./x.ts`.
  const bases = base.endsWith(".js") ? [base, base.slice(0, -3)] : [base];
  for (const candidate of bases.flatMap((b) => TRIED_SUFFIXES.map((suffix) => b + suffix))) {
    if (isFile(root, candidate)) return candidate;
  }
  return null;
}

interface Found {
  specifier: string;
  typeOnly: boolean;
}

type AstNode = { type?: unknown; [key: string]: unknown };
const isNode = (value: unknown): value is AstNode => typeof value === "object" && value !== null;
const stringValue = (value: unknown) => (isNode(value) && typeof value.value === "string" ? value.value : null);

/** Whether every named part of an import/export is a type (`import { type A, type B }`). */
function allTypes(specifiers: unknown): boolean {
  return (
    Array.isArray(specifiers) && specifiers.length > 0 && specifiers.every((s) => isNode(s) && s.isTypeOnly === true)
  );
}

/** `import x from`, `import type`, `export … from`: they stand at the top of a module. */
function staticImports(body: unknown[], found: Found[]): void {
  for (const item of body) {
    const source = isNode(item) ? stringValue(item.source) : null;
    if (
      source === null ||
      !isNode(item) ||
      !(item.type === "ImportDeclaration" || String(item.type).startsWith("Export"))
    )
      continue;
    found.push({ specifier: source, typeOnly: item.typeOnly === true || allTypes(item.specifiers) });
  }
}

/** `import("x")`, `require("x")` and `import("x").T` types, wherever they stand. */
function callImports(node: unknown, found: Found[]): void {
  if (Array.isArray(node)) {
    for (const item of node) callImports(item, found);
    return;
  }
  if (!isNode(node)) return;
  if (node.type === "CallExpression" && isNode(node.callee)) {
    const callee = node.callee;
    const dynamic = callee.type === "Import" || (callee.type === "Identifier" && callee.value === "require");
    const first = Array.isArray(node.arguments) ? node.arguments[0] : undefined;
    const specifier = dynamic && isNode(first) ? stringValue(first.expression) : null;
    if (specifier !== null) found.push({ specifier, typeOnly: false });
  } else if (node.type === "TsImportType") {
    const specifier = stringValue(node.argument);
    if (specifier !== null) found.push({ specifier, typeOnly: true });
  }
  for (const [key, value] of Object.entries(node)) if (key !== "span" && isNode(value)) callImports(value, found);
}

function isDirective(item: unknown, text: string): boolean {
  return (
    isNode(item) &&
    item.type === "ExpressionStatement" &&
    isNode(item.expression) &&
    stringValue(item.expression) === text
  );
}

export function readModule(root: string, path: string): SourceModule {
  const text = readFileSync(posix.join(root, path), "utf8");
  const ast = parseSync(text, {
    syntax: "typescript",
    tsx: path.endsWith(".tsx") || path.endsWith(".jsx"),
    target: "es2022",
  });
  const found: Found[] = [];
  staticImports(ast.body, found);
  callImports(ast.body, found);
  const imports: Import[] = [];
  const unresolved: string[] = [];
  for (const { specifier, typeOnly } of found) {
    const resolved = resolve(root, path, specifier);
    if (resolved) imports.push({ path: resolved, specifier, typeOnly });
    else if (resolved === null) unresolved.push(specifier);
  }
  return {
    path,
    imports,
    unresolved,
    browser: isDirective(ast.body[0], "use client"),
    serverOnly: found.some((item) => item.specifier === "server-only"),
  };
}

export function importGraph(root: string): Map<string, SourceModule> {
  return new Map(sourceFiles(root).map((path) => [path, readModule(root, path)]));
}
