// Connection options every platform shares, declared and checked here only: the upstream transport's
// (lib/orders/upstream.ts) per-call deadline, request rate and concurrency (defaults: the adapter's limits), the
// time zone in which the platform's offset-less times are read (default: the adapter's `defaultTimeZone`, see
// time-zone.ts) and the sync's interval. An adapter's optionsSchema declares only its own (adapterOptions).
import { z } from "zod";
import type { FormField } from "../domain/platform";
import { timeZoneSchema } from "./time-zone";

export const SHARED_OPTION_KEYS = [
  "timeoutMs",
  "requestsPerSecond",
  "concurrency",
  "timeZone",
  "syncIntervalSeconds",
  "attentionHours",
] as const;

export const sharedOptionsSchema = z.object({
  timeoutMs: z.number().int().min(200).max(120_000).optional(),
  requestsPerSecond: z.number().min(0.1).max(10_000).optional(),
  concurrency: z.number().int().min(1).max(256).optional(),
  timeZone: z.preprocess((value) => (value === "" ? undefined : value), timeZoneSchema.optional()),
  /** How often the order index reads this connection's changes (lib/sync); default SYNC_INTERVAL_SECONDS. */
  syncIntervalSeconds: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(5).max(86_400).optional(),
  ),
  /** How long an order may stay pending or processing before the overview lists it (default 24, lib/overview). */
  attentionHours: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().min(1).max(2160).optional(),
  ),
});

/**
 * An adapter's own options: the keys it declares, any other scalar kept as given. The shared keys never reach
 * it (the connection's validation takes them out and checks them with sharedOptionsSchema).
 */
export const adapterOptions = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.object(shape).catchall(z.union([z.string(), z.number(), z.boolean()]));

/** The connection form's field for the time zone, with the platform's default as its placeholder. */
export function timeZoneField(platformDefault: string): FormField {
  return {
    name: "timeZone",
    label: "Time zone (optional)",
    secret: false,
    required: false,
    placeholder: platformDefault,
    help: `Times this platform sends without a UTC offset are read in this zone (IANA name). Default: ${platformDefault}.`,
  };
}
