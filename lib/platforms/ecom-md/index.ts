// ECOM.md (Moldova) "Order Sync API": DRF-style /external/... endpoints, two static tokens, 17 order
// statuses moved by upserting the order, MDL only.
import "server-only";
import { z } from "zod";
import { ISSUE } from "../../domain/issues";
import { adapterOptions } from "../shared-options";
import type { PlatformAdapter } from "../types";
import { availableActions, perform } from "./actions";
import { DEFAULT_TIME_ZONE, ECOM_ASSUMED } from "./assumed";
import { call, LABEL, siteTokenOf } from "./client";
import { ECOM_STATUSES, STAGE_BY_STATUS, statusLabel } from "./constants";
import { FILTERS, SORTS } from "./filters";
import { getOrder, listOrders } from "./orders";

const token = (error: string) => z.string().trim().min(1, { error }).max(500);

// The site token only serves the catalogue look-ups, which no order feature needs: optional, checked when given.
const credentialsSchema = z
  .object({
    apiToken: token(ISSUE.apiTokenRequired),
    siteToken: z.string().trim().max(500).optional(),
  })
  .transform(({ apiToken, siteToken }): Record<string, string> => (siteToken ? { apiToken, siteToken } : { apiToken }));

// The options every platform shares (timeouts, rates, time zone) are shared-options.ts's, not these.
const optionsSchema = adapterOptions({
  language: z.enum(ECOM_ASSUMED.languages).default(ECOM_ASSUMED.defaultLanguage),
});

export const ecomMdAdapter: PlatformAdapter = {
  id: "ecom-md",
  label: LABEL,
  icon: "/platforms/ecom-md.svg",
  baseUrl: {
    placeholder: "https://admin.ecom.md",
    hint: "The address your ECOM.md platform manager gave you, e.g. https://admin.ecom.md.",
  },
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
      label: "Site token (optional)",
      secret: true,
      required: false,
      help: "Sent as the token header on catalogue look-ups (stores, regions, products); orders do not need it.",
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
    // One order with the API token (read as the list reads it: an odd order is set aside, never a failure),
    // and the stores with the site token when one is given.
    await listOrders(conn, { sort: "placed_desc", limit: 1 }, null, ctx);
    if (siteTokenOf(conn)) await call(conn, ctx, "site", { method: "GET", path: ECOM_ASSUMED.paths.shops });
  },
  listOrders,
  getOrder,
  availableActions,
  perform,
  async statuses() {
    return ECOM_STATUSES.map((code) => ({ code, label: statusLabel(code), stage: STAGE_BY_STATUS[code] }));
  },
};
