// Akinon Seller Center (marketplace seller API, seed 002, platforms.md section 3): read-only orders assembled
// from order items, customer addresses and cancellation plans; the one write is rejecting an item.
import "server-only";
import type { PlatformAdapter } from "../types";
import { DEFAULT_TIME_ZONE } from "./assumed";
import { availableActions, perform } from "./actions";
import { NATIVE_FILTERS, NATIVE_SORTS } from "./filters";
import { credentialFields, credentialsSchema, optionFields, optionsSchema } from "./options";
import { getOrder, listOrders, testConnection } from "./orders";
import { statusList } from "./statuses";

export const akinonSellerCenterAdapter: PlatformAdapter = {
  id: "akinon-seller-center",
  label: "Akinon Seller Center",
  icon: "/platforms/akinon-seller-center.svg",
  baseUrl: {
    placeholder: "https://seller.example.com",
    hint: "Your Seller Center's address. Orderdeck adds /api/i1/.",
  },
  // Seller Center takes EITHER the seller user's email + password OR an access token: the form shows one set.
  credentialModes: [
    { id: "login", label: "Email and password", fields: ["email", "password"] },
    { id: "token", label: "Access token", fields: ["accessToken"] },
  ],
  // PlatformAdapter field by field as in every adapter (alike by design); the values are Seller Center's own.
  credentialsSchema,
  credentialFields,
  optionsSchema,
  optionFields,
  // platforms.md: 10 requests/s for the platforms that publish no limit.
  defaultTimeZone: DEFAULT_TIME_ZONE,
  limits: { requestsPerSecond: 10, concurrency: 5 },
  filters: NATIVE_FILTERS,
  sorts: NATIVE_SORTS,
  // `updated_at__gte` on orders and on order items [seed]: changed.ts lists an order when either moved.
  changedSince: true,
  actions: ["reject-item"],
  testConnection,
  listOrders,
  getOrder,
  availableActions,
  perform,
  statuses: async () => statusList(),
};
