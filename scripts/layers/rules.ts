// The layer rules of ../shared/design.md ("Each layer imports only downward: app → lib/orders → lib/platforms →
// lib/domain"), checked over the import graph by `npm test` (scripts/layers/main.ts). The shape follows
// dependency-cruiser's `forbidden` rules (name, comment, from, to, reachable) so they can move into a
// `.dependency-cruiser.cjs` once a release of it runs here (see import-graph.ts).

/** A module matches when any of its selectors does (its path, its "use client" directive, its `import "server-only"`)
 *  and `pathNot` does not. */
export interface ModuleMatch {
  path?: RegExp;
  pathNot?: RegExp;
  useClient?: true;
  serverOnly?: true;
}

export interface LayerRule {
  name: string;
  comment: string;
  from: ModuleMatch;
  to: ModuleMatch;
  /** Follow imports that load code (not type-only ones) transitively, not just the direct ones. */
  reachable?: true;
}

/** Test code: tests may reach across layers to set a scene (a route table, a sandbox, a database); the rules that
 *  exempt them say so. */
export const TEST_CODE = /\.test\.tsx?$|\/test-[\w-]+\.ts$|\/testing\.ts$|\/fixtures\/|^lib\/testing\/|^e2e\//;
/** What ships in the app (scripts and root configs are tooling: the bench drives the stack from outside). */
const PRODUCT = /^(app|components|lib)\/|^(proxy|instrumentation)\.ts$/;
/** Every module of ours (packages are never in the graph). */
const OURS = /^/;

export const LAYER_RULES: LayerRule[] = [
  {
    name: "domain-imports-nothing-of-ours",
    comment: "lib/domain is the neutral model shared by server and browser: it imports nothing of ours outside it.",
    from: { path: /^lib\/domain\// },
    to: { path: OURS, pathNot: /^lib\/domain\// },
  },
  {
    name: "browser-sees-domain-and-client-only",
    comment:
      'Browser code (components, lib/client, any "use client" file) sees lib/domain and the HTTP API, never lib/orders, ' +
      "lib/platforms, lib/db, lib/auth, lib/crypto, lib/sync, lib/api or any other server module. Its tests are exempt.",
    from: { path: /^(components|lib\/client)\//, useClient: true, pathNot: TEST_CODE },
    to: { path: /^lib\//, pathNot: /^lib\/(domain|client)\// },
  },
  {
    name: "browser-never-reaches-server-only",
    comment: 'Nothing browser code loads, directly or through other modules, has `import "server-only"`.',
    from: { path: /^(components|lib\/client)\//, useClient: true, pathNot: TEST_CODE },
    to: { serverOnly: true },
    reachable: true,
  },
  {
    name: "platforms-below-orders",
    comment:
      "lib/platforms speaks to the platforms in lib/domain's words and knows nothing above it (lib/orders, lib/sync, " +
      "the index, lib/api, app). Its tests may also start a sandbox and use lib/testing.",
    from: { path: /^lib\/platforms\//, pathNot: TEST_CODE },
    to: { path: OURS, pathNot: /^lib\/(platforms|domain)\// },
  },
  {
    name: "platform-tests-below-orders",
    comment: "A platform's tests exercise its adapter (through a sandbox), not the layers above it.",
    from: { path: /^lib\/platforms\/.*\.test\.tsx?$/ },
    to: { path: OURS, pathNot: /^lib\/(platforms|domain|sandbox|testing)\// },
  },
  {
    name: "sandbox-is-independent",
    comment:
      "lib/sandbox is a second, independent reading of the platforms' docs: it imports none of lib/platforms, " +
      "nor anything else of ours outside itself.",
    from: { path: /^lib\/sandbox\// },
    to: { path: OURS, pathNot: /^lib\/sandbox\// },
  },
  {
    name: "services-throw-domain-errors",
    comment:
      "lib/orders, lib/sync and lib/users throw lib/domain/errors.ts; only lib/api knows HTTP (its route wrapper maps " +
      "those errors to statuses).",
    from: { path: /^lib\/(orders|sync|users)\// },
    to: { path: /^lib\/api\// },
  },
  {
    name: "lib-below-app",
    comment:
      "lib is imported by app and components, never the reverse. Tests are exempt (a wrapper's test calls real routes).",
    from: { path: /^lib\//, pathNot: TEST_CODE },
    to: { path: /^(app|components)\// },
  },
  {
    name: "no-test-code-in-the-product",
    comment: "What ships never imports tests, test helpers, lib/testing or e2e.",
    from: { path: PRODUCT, pathNot: TEST_CODE },
    to: { path: TEST_CODE },
  },
];
