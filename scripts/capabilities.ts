// `npm run capabilities`: regenerate the README's capability table from the adapters.
import { readFileSync, writeFileSync } from "node:fs";
import { capabilityTable, withCapabilities } from "../lib/platforms/capabilities";
import { ADAPTERS } from "../lib/platforms/registry";

const readme = readFileSync("README.md", "utf8");
writeFileSync("README.md", withCapabilities(readme, capabilityTable(ADAPTERS)));
console.log("README.md: capability table updated");
