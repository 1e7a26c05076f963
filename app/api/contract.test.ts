// Every JSON route is in the HTTP contract (lib/domain/api-routes.ts) and builds its answer against it: each
// method a route file exports names its own entry in a `satisfies ApiResponse<"METHOD /api/path">`, and the
// contract lists no route that does not exist. The compiler checks the shapes; this checks nobody opted out.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Routes that answer something other than a JSON body of their own. */
const OUTSIDE_THE_CONTRACT = new Set([
  "GET /api/orders/export", // CSV
  "GET /api/events", // Server-Sent Events (lib/domain/live-events.ts)
  "GET /api/auth/:nextauth", // next-auth's own endpoints
  "POST /api/auth/:nextauth",
  ...["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => `${method} /api/:path`), // the 404 for unknown routes
]);

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** "users/[id]/route.ts" → "/api/users/:id" ("[...name]" too becomes ":name"). */
function urlPattern(file: string): string {
  const segments = file.split(path.sep).slice(0, -1);
  return `/api/${segments.map((segment) => segment.replace(/^\[(?:\.\.\.)?(\w+)\]$/, ":$1")).join("/")}`.replace(
    /\/$/,
    "",
  );
}

function exportedMethods(source: string): string[] {
  return METHODS.filter((method) =>
    new RegExp(`export (const|async function|function) ${method}\\b|\\bas ${method}\\b`).test(source),
  );
}

const apiDir = path.join(process.cwd(), "app/api");
const routes = readdirSync(apiDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(`${path.sep}route.ts`))
  .flatMap((file) => {
    const source = readFileSync(path.join(apiDir, file), "utf8");
    return exportedMethods(source).map((method) => ({ file, key: `${method} ${urlPattern(file)}`, source }));
  });
const inContract = routes.filter((route) => !OUTSIDE_THE_CONTRACT.has(route.key));

describe("the HTTP contract", () => {
  it("finds the route files", () => {
    expect(routes.map((route) => route.key)).toContain("PATCH /api/users/:id");
  });

  it.each(inContract.map((route) => [route.key, route]))("%s builds its answer against its entry", (key, route) => {
    expect(route.source, `${route.file} should build its answer with satisfies ApiResponse<"${key}">`).toContain(
      `ApiResponse<"${key}">`,
    );
  });

  it("declares only routes that exist", () => {
    const contract = readFileSync(path.join(process.cwd(), "lib/domain/api-routes.ts"), "utf8");
    const declared = [...contract.matchAll(/^\s+"((?:GET|POST|PUT|PATCH|DELETE) \/api[^"]*)":/gm)].map(
      (match) => match[1],
    );
    expect(declared.sort()).toEqual(inContract.map((route) => route.key).sort());
  });
});
