// ECOM.md (Moldova) "Order Sync API": DRF-style /external/... endpoints, two static tokens, 17 order
// statuses moved by upserting the order, MDL only. The catalogue look-ups are exported as ecomMdCatalogue.
import "server-only";
import { z } from "zod";
import type { PlatformAdapter } from "../types";
import { availableActions, perform } from "./actions";
import { call, LABEL } from "./client";
import { DEFAULT_TIME_ZONE, ECOM_ASSUMED, ECOM_STATUSES, STAGE_BY_STATUS, statusLabel } from "./constants";
import { FILTERS, SORTS } from "./filters";
import { getOrder, LIST_PATH, listOrders } from "./orders";

export { ecomMdCatalogue } from "./catalogue";
export type {
  CatalogueEntry,
  DeliveryAddress,
  EcomMdCatalogue,
  Product,
  PromoCode,
  Settlement,
  Store,
} from "./catalogue";

const token = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `Enter the ${label}` })
    .max(500);

const credentialsSchema = z.object({ apiToken: token("API token"), siteToken: token("site token") });

// The generic per-connection overrides (timeoutMs, requestsPerSecond, concurrency) and any other option pass through.
const optionsSchema = z
  .object({
    language: z.enum(ECOM_ASSUMED.languages).default(ECOM_ASSUMED.defaultLanguage),
    timeoutMs: z.coerce.number().int().min(500).max(120_000).optional(),
    requestsPerSecond: z.coerce.number().min(0.1).max(100).optional(),
    concurrency: z.coerce.number().int().min(1).max(16).optional(),
  })
  .catchall(z.union([z.string(), z.number(), z.boolean()]));

export const ecomMdAdapter: PlatformAdapter = {
  id: "ecom-md",
  label: LABEL,
  credentialsSchema,
  credentialFields: [
    {
      name: "apiToken",
      label: "API token",
      secret: true,
      required: true,
      help: "Sent as the API-Token header on order calls; issued by your ECOM.md platform manager.",
    },
    {
      name: "siteToken",
      label: "Site token",
      secret: true,
      required: true,
      help: "Sent as the token header on catalogue look-ups (stores, regions, products).",
    },
  ],
  optionsSchema,
  optionFields: [
    {
      name: "language",
      label: "Language (ro, ru, en or uk)",
      secret: false,
      required: false,
      placeholder: "ro",
      help: "Accept-Language for localized names and addresses.",
    },
  ],
  defaultTimeZone: DEFAULT_TIME_ZONE,
  limits: { requestsPerSecond: 10, concurrency: 4 },
  filters: FILTERS,
  sorts: SORTS,
  actions: ["set-status", "cancel", "delete-item"],
  async testConnection(conn, ctx) {
    // One order with the API token, and the stores with the site token: both credentials are checked.
    await call(conn, ctx, "api", { method: "GET", path: LIST_PATH, query: { page: 1, page_size: 1 } });
    await call(conn, ctx, "site", { method: "GET", path: "/external/shop/" });
  },
  listOrders,
  getOrder,
  availableActions,
  perform,
  async statuses() {
    return ECOM_STATUSES.map((code) => ({ code, label: statusLabel(code), stage: STAGE_BY_STATUS[code] }));
  },
};
