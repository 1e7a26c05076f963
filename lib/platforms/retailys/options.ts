// The connection form's Retailys settings: a sales channel to narrow the list to, and the instance's carriers
// (names → its own shipper ids, which the API does not publish). The options every platform shares (timeoutMs,
// requestsPerSecond, concurrency, timeZone) are shared-options.ts's.
import { z } from "zod";
import { adapterOptions } from "../shared-options";
import type { FormField } from "../types";
import { CARRIER_OPTION } from "./assumed";
import { carriersOptionSchema } from "./carriers";

export const optionsSchema = adapterOptions({
  channelId: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).optional()),
  [CARRIER_OPTION]: carriersOptionSchema,
});

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
