// The JavaScript each route loads first, gzipped, from the build's own route statistics
// (Next 16 no longer prints First Load JS).
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export function routeBundleSizes() {
  const file = ".next/diagnostics/route-bundle-stats.json";
  if (!existsSync(file)) return null;
  const routes = JSON.parse(readFileSync(file, "utf8"));
  const cache = new Map();
  const gzipped = (chunk) => {
    if (!cache.has(chunk)) cache.set(chunk, existsSync(chunk) ? gzipSync(readFileSync(chunk)).length : 0);
    return cache.get(chunk);
  };
  return routes
    .filter((entry) => !entry.route.startsWith("/api"))
    .map((entry) => ({
      route: entry.route,
      kB: entry.firstLoadChunkPaths.filter((c) => c.endsWith(".js")).reduce((sum, c) => sum + gzipped(c), 0) / 1024,
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}
