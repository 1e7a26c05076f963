// Connection options every platform shares, read by the upstream transport (lib/orders/upstream.ts):
// a per-call deadline and the connection's own request rate and concurrency (defaults: the adapter's limits).
import { z } from "zod";

export const TRANSPORT_OPTION_KEYS = ["timeoutMs", "requestsPerSecond", "concurrency"] as const;

export const transportOptionsSchema = z.object({
  timeoutMs: z.number().int().min(200).max(120_000).optional(),
  requestsPerSecond: z.number().min(0.1).max(10_000).optional(),
  concurrency: z.number().int().min(1).max(256).optional(),
});
