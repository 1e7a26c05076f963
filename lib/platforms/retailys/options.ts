// The connection form's Retailys settings: a sales channel to narrow the list to, and the instance's carriers
// (names → its own shipper ids, which the API does not publish). The shared options (timeoutMs,
// requestsPerSecond, concurrency, timeZone) pass through.
import { z } from "zod";
import type { FormField } from "../types";
import { CARRIER_OPTION } from "./assumed";
import { carriersOptionSchema } from "./carriers";

export const optionsSchema = z
  .object({
    channelId: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).optional()),
    [CARRIER_OPTION]: carriersOptionSchema,
    timeoutMs: z.coerce.number().int().min(500).max(120_000).optional(),
    requestsPerSecond: z.coerce.number().min(0.1).max(100).optional(),
    concurrency: z.coerce.number().int().min(1).max(16).optional(),
  })
  .catchall(z.union([z.string(), z.number(), z.boolean()]));

export const optionFields: FormField[] = [
  {
    name: "channelId",
    label: "Sales channel id (optional)",
    secret: false,
    required: false,
    placeholder: "all channels",
    help: "Only list orders of this Retailys sales channel (channel_id).",
  },
  {
    name: CARRIER_OPTION,
    label: "Carriers (optional)",
    secret: false,
    required: false,
    placeholder: "PPL=7, DPD=12, Zásilkovna=31",
    help:
      "Your Retailys instance's carriers with their shipper ids (Retailys administration), as name=id pairs " +
      "separated by commas. Adding a tracking number then offers these carriers by name; without them you " +
      "type the carrier's shipper id.",
  },
];
