// MerchantPro (Romania) API v2: /api/v2/orders on the shop's own domain, HTTP Basic with an API key and
// secret, start/limit paging, money as JSON floats, PATCH handlers for the shipping workflow and invoices.
import "server-only";
import { z } from "zod";
import { ISSUE } from "../../domain/issues";
import { adapterOptions } from "../shared-options";
import type { PlatformAdapter } from "../types";
import { DEFAULT_TIME_ZONE } from "./assumed";
import { availableActions, perform } from "./actions";
import { LABEL } from "./client";
import { FILTERS, SORTS } from "./filters";
import { getOrder, listOrders, testConnection } from "./orders";
import { STATUS_LIST } from "./statuses";

const secret = (error: string) => z.string().trim().min(1, { error }).max(500);

const credentialsSchema = z.object({
  apiKey: secret(ISSUE.apiKeyRequired),
  apiSecret: secret(ISSUE.apiSecretRequired),
});

// No options of its own: those every platform shares (timeouts, rates, time zone) are shared-options.ts's.
const optionsSchema = adapterOptions({});

export const merchantProAdapter: PlatformAdapter = {
  id: "merchantpro",
  label: LABEL,
  icon: "/platforms/merchantpro.svg",
  baseUrl: {
    placeholder: "https://shop.example.ro",
    hint: "Your shop's own address, exactly as it is served (www or not). Orderdeck adds /api/v2.",
  },
  // PlatformAdapter field by field as in every adapter (alike by design); the values are MerchantPro's own.
  credentialsSchema,
  credentialFields: [
    {
      name: "apiKey",
      label: "API key",
      secret: true,
      required: true,
      help: "From your MerchantPro admin: Settings → API. The base URL is your shop's own address, e.g. https://www.shop.ro (use the exact host: a redirect to www is not followed).",
    },
    {
      name: "apiSecret",
      label: "API secret",
      secret: true,
      required: true,
      help: "Shown next to the API key. Several wrong attempts make MerchantPro refuse this address for a while (403).",
    },
  ],
  optionsSchema,
  optionFields: [],
  // platforms.md: about 3–4 requests/s (second-hand); stay at 3.
  defaultTimeZone: DEFAULT_TIME_ZONE,
  limits: { requestsPerSecond: 3, concurrency: 4 },
  filters: FILTERS,
  sorts: SORTS,
  actions: ["set-status", "cancel", "create-invoice", "add-tracking", "add-note"],
  testConnection,
  listOrders,
  getOrder,
  availableActions,
  perform,
  async statuses() {
    return STATUS_LIST.map((status) => ({ ...status }));
  },
};
