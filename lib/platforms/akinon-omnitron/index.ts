// Akinon Omnitron (OMS), ERP integration API (seed 004, platforms.md section 5): token login, the order list
// the ERP polls (is_send), item status updates for invoice, shipment and delivery, and cancellation.
import "server-only";
import type { PlatformAdapter } from "../types";
import { DEFAULT_TIME_ZONE } from "./assumed";
import { availableActions, perform } from "./actions";
import { NATIVE_FILTERS, NATIVE_SORTS } from "./filters";
import { credentialFields, credentialsSchema, optionFields, optionsSchema } from "./options";
import { getOrder, listOrders, testConnection } from "./orders";
import { actionChoices } from "./reasons";
import { statusList } from "./statuses";

export const akinonOmnitronAdapter: PlatformAdapter = {
  id: "akinon-omnitron",
  label: "Akinon Omnitron",
  icon: "/platforms/akinon-omnitron.svg",
  baseUrl: {
    placeholder: "https://omnitron.example.com",
    hint: "Your Omnitron's address. Orderdeck adds /api/i1/.",
  },
  // PlatformAdapter field by field as in every adapter (alike by design); the values are Omnitron's own.
  credentialsSchema,
  credentialFields,
  optionsSchema,
  optionFields,
  // platforms.md: 10 requests/s for the platforms that publish no limit.
  defaultTimeZone: DEFAULT_TIME_ZONE,
  limits: { requestsPerSecond: 10, concurrency: 5 },
  filters: NATIVE_FILTERS,
  sorts: NATIVE_SORTS,
  actions: ["mark-exported", "create-invoice", "add-tracking", "set-status", "cancel"],
  testConnection,
  listOrders,
  getOrder,
  availableActions,
  perform,
  actionChoices,
  statuses: async () => statusList(),
};
