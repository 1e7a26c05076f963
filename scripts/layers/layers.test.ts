// The layer check on planted trees: each rule catches its violation (static, type-only and dynamic imports, a
// "use client" file, a chain that ends in server-only code), a tree that keeps the rules passes, and the command
// `npm test` runs exits 1 on a violation.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkLayers, unresolvedImports } from "./check";
import { importGraph } from "./import-graph";
import { LAYER_RULES } from "./rules";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function plant(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "layers-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const layered = {
  "app/orders/page.tsx":
    'import { list } from "@/lib/orders/list";\nexport default function Page() { return <p>{list()}</p>; }\n',
  "app/api/orders/route.ts":
    'import { list } from "@/lib/orders/list";\nexport const GET = () => Response.json(list());\n',
  "lib/api/errors.ts": "export class ApiError extends Error {}\n",
  "lib/api/handler.test.ts": 'import { GET } from "@/app/api/orders/route";\nGET();\n',
  "lib/orders/list.ts":
    'import "server-only";\nimport { read } from "../platforms/shop";\nexport const list = () => read();\n',
  "lib/platforms/shop.ts":
    'import "server-only";\nimport type { Order } from "../domain/order";\nexport const read = (): Order[] => [];\n',
  "lib/platforms/shop.test.ts":
    'import { start } from "../sandbox/shop";\nimport { read } from "./shop";\nstart(read);\n',
  "lib/sandbox/shop.ts": "export const start = (f: () => unknown) => f();\n",
  "lib/domain/order.ts": "export interface Order { id: string }\n",
  "lib/client/use-orders.ts":
    'import type { Order } from "../domain/order";\nexport const useOrders = (): Order[] => [];\n',
  "components/orders.tsx":
    'import { useOrders } from "@/lib/client/use-orders";\nexport const Orders = () => <ul>{useOrders().length}</ul>;\n',
};

const planted = {
  ...layered,
  "lib/domain/order.ts": 'import { list } from "../orders/list";\nexport interface Order { id: string }\nlist();\n',
  "lib/orders/list.ts":
    'import "server-only";\nimport { ApiError } from "../api/errors";\nimport { seed } from "../testing/seed";\nexport const list = () => { seed(); throw new ApiError(); };\n',
  "lib/testing/seed.ts": "export const seed = () => {};\n",
  "lib/platforms/shop.ts":
    'import "server-only";\nimport { list } from "../orders/list";\nexport const read = () => list();\n',
  "lib/platforms/shop.test.ts":
    'import { list } from "../orders/list";\nimport { start } from "../sandbox/shop";\nstart(list);\n',
  "lib/sandbox/shop.ts":
    'import { read } from "../platforms/shop";\nexport const start = (f: () => unknown) => f() ?? read();\n',
  "lib/client/use-orders.ts":
    'import { Orders } from "../../components/orders";\nexport const useOrders = () => [Orders];\n',
  "components/orders.tsx":
    'import type { Order } from "@/lib/orders/list";\nexport const Orders = (o: Order) => <ul>{o}</ul>;\n',
  "components/lazy.tsx": 'export const load = () => import("@/lib/auth/session");\n',
  "components/badge.tsx": 'import { label } from "./label";\nexport const Badge = () => <b>{label}</b>;\n',
  "components/label.ts": 'import { text } from "../app/orders/server-text";\nexport const label = text;\n',
  "components/row-type.ts": 'import type { Row } from "../app/orders/server-text";\nexport type Cell = Row;\n',
  "components/missing.ts": 'import "./nowhere";\n',
  "app/orders/server-text.ts": 'import "server-only";\nexport const text = "x";\nexport type Row = string;\n',
  "app/orders/picker.tsx":
    '"use client";\nimport { list } from "@/lib/orders/list";\nexport const Picker = () => <p>{list()}</p>;\n',
  "lib/auth/session.ts": 'import "server-only";\nexport const session = 1;\n',
};

describe("the layer rules", () => {
  it("pass a tree that imports only downward", () => {
    const graph = importGraph(plant(layered));
    expect(checkLayers(graph, LAYER_RULES)).toEqual([]);
    expect(unresolvedImports(graph)).toEqual([]);
  });

  it("catch each planted violation, and only those", () => {
    const graph = importGraph(plant(planted));
    const found = checkLayers(graph, LAYER_RULES).map(({ rule, from, via, to, typeOnly }) =>
      [`${rule}: ${[from, ...via, to].join(" → ")}`, typeOnly ? "(type)" : ""].join(" ").trim(),
    );
    expect(found.sort()).toEqual(
      [
        "domain-imports-nothing-of-ours: lib/domain/order.ts → lib/orders/list.ts",
        "browser-sees-domain-and-client-only: components/orders.tsx → lib/orders/list.ts (type)",
        "browser-sees-domain-and-client-only: components/lazy.tsx → lib/auth/session.ts",
        "browser-sees-domain-and-client-only: app/orders/picker.tsx → lib/orders/list.ts",
        // A type-only import loads no code: components/row-type.ts is not reported.
        "browser-never-reaches-server-only: components/badge.tsx → components/label.ts → app/orders/server-text.ts",
        "browser-never-reaches-server-only: components/label.ts → app/orders/server-text.ts",
        "browser-never-reaches-server-only: components/lazy.tsx → lib/auth/session.ts",
        "browser-never-reaches-server-only: app/orders/picker.tsx → lib/orders/list.ts",
        "platforms-below-orders: lib/platforms/shop.ts → lib/orders/list.ts",
        "platform-tests-below-orders: lib/platforms/shop.test.ts → lib/orders/list.ts",
        "sandbox-is-independent: lib/sandbox/shop.ts → lib/platforms/shop.ts",
        "services-throw-domain-errors: lib/orders/list.ts → lib/api/errors.ts",
        "lib-below-app: lib/client/use-orders.ts → components/orders.tsx",
        "no-test-code-in-the-product: lib/orders/list.ts → lib/testing/seed.ts",
      ].sort(),
    );
    expect(unresolvedImports(graph)).toEqual(["components/missing.ts → ./nowhere"]);
  });

  it("fail `npm test`'s step: the command exits 1 and names the rule", () => {
    const run = spawnSync("node_modules/.bin/tsx", ["scripts/layers/main.ts", plant(planted)], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("✗ sandbox-is-independent");
    expect(run.stdout).toMatch(/15 violations/);
  });
});
