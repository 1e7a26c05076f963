// With memory to spare, V8 lets the heap grow to several times what is live before a full collection, so under
// load the server's memory climbed ~40% over its first minutes (npm run soak: 270 → 377 MB on PostgreSQL) before
// levelling off. A growing factor of 1 + HEAP_GROWING_PERCENT/100 keeps the heap near its live size (the soak:
// flat at 227–240 MB) for a few more full collections; 0 leaves V8's own heuristics.
import "server-only";
import { setFlagsFromString } from "node:v8";

export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
