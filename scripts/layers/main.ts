// `npm test`'s layer check: reads the import graph of the tree (or of the folder given) and prints every import
// the layer rules forbid; exits 1 when there is one.
import { resolve } from "node:path";
import { checkLayers, unresolvedImports } from "./check";
import { importGraph } from "./import-graph";
import { LAYER_RULES } from "./rules";

const started = performance.now();
const root = resolve(process.argv[2] ?? ".");
const graph = importGraph(root);
const violations = checkLayers(graph, LAYER_RULES);
const unresolved = unresolvedImports(graph);

for (const rule of LAYER_RULES) {
  const broken = violations.filter((violation) => violation.rule === rule.name);
  if (broken.length === 0) continue;
  console.log(`\n✗ ${rule.name}: ${rule.comment}`);
  for (const { from, to, via, typeOnly } of broken) {
    const chain = [from, ...via, to].join(" → ");
    console.log(`    ${chain}${typeOnly ? "  (type-only import)" : ""}`);
  }
}
if (unresolved.length > 0) {
  console.log("\n✗ imports of ours that name no file:");
  for (const line of unresolved) console.log(`    ${line}`);
}
const imports = [...graph.values()].reduce((sum, module) => sum + module.imports.length, 0);
const problems = violations.length + unresolved.length;
console.log(
  `\nlayers: ${graph.size} modules, ${imports} imports, ${LAYER_RULES.length} rules: ` +
    `${problems === 0 ? "no violations" : `${problems} violations`} (${Math.round(performance.now() - started)} ms)`,
);
process.exit(problems === 0 ? 0 : 1);
