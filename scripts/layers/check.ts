// Judges an import graph against the layer rules: each import a rule forbids, or for a `reachable` rule the
// shortest chain of code-loading imports that ends in a forbidden module.
import type { SourceModule } from "./import-graph";
import type { LayerRule, ModuleMatch } from "./rules";

export interface Violation {
  rule: string;
  from: string;
  to: string;
  /** For a reachable rule: the modules in between, in order. */
  via: string[];
  typeOnly: boolean;
}

/** A file that is imported but not parsed (JSON, an image) is judged by its path alone. */
const moduleAt = (graph: Map<string, SourceModule>, path: string): SourceModule =>
  graph.get(path) ?? { path, imports: [], unresolved: [], browser: false, serverOnly: false };

export function matches(match: ModuleMatch, module: SourceModule): boolean {
  const selected =
    (match.path?.test(module.path) ?? false) ||
    (match.useClient === true && module.browser) ||
    (match.serverOnly === true && module.serverOnly);
  return selected && !(match.pathNot?.test(module.path) ?? false);
}

/** Breadth first along code-loading imports, so the chain reported is a shortest one. */
function firstReachable(graph: Map<string, SourceModule>, start: SourceModule, target: ModuleMatch) {
  const cameFrom = new Map<string, string>([[start.path, ""]]);
  const queue = [start.path];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const imported of graph.get(next)?.imports ?? []) {
      if (imported.typeOnly || cameFrom.has(imported.path)) continue;
      cameFrom.set(imported.path, next);
      const module = moduleAt(graph, imported.path);
      if (matches(target, module)) {
        const via: string[] = [];
        for (let step = next; step !== start.path; step = cameFrom.get(step) ?? start.path) via.unshift(step);
        return { to: module.path, via };
      }
      queue.push(module.path);
    }
  }
  return null;
}

export function checkLayers(graph: Map<string, SourceModule>, rules: readonly LayerRule[]): Violation[] {
  const violations: Violation[] = [];
  for (const rule of rules) {
    for (const module of graph.values()) {
      if (!matches(rule.from, module)) continue;
      if (rule.reachable) {
        const found = firstReachable(graph, module, rule.to);
        if (found) violations.push({ rule: rule.name, from: module.path, ...found, typeOnly: false });
        continue;
      }
      for (const imported of module.imports) {
        const target = moduleAt(graph, imported.path);
        if (matches(rule.to, target)) {
          violations.push({
            rule: rule.name,
            from: module.path,
            to: target.path,
            via: [],
            typeOnly: imported.typeOnly,
          });
        }
      }
    }
  }
  return violations;
}

/** Imports of ours that name no file: reported, since a rule cannot judge an import it cannot follow. */
export function unresolvedImports(graph: Map<string, SourceModule>): string[] {
  return [...graph.values()].flatMap((module) => module.unresolved.map((specifier) => `${module.path} → ${specifier}`));
}
