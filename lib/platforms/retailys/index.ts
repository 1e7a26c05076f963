// Retailys (Czechia) REST API v1: a static API key in the `token` header, /v1/System/Orders with page/per_page,
// per-instance statuses, the lifecycle in the flags sent/delivered/done/canceled, tracking, history and items.
import "server-only";
import { z } from "zod";
import { ISSUE } from "../../domain/issues";
import type { PlatformAdapter } from "../types";
import { actionsFor } from "./actions";
import { DEFAULT_TIME_ZONE } from "./assumed";
import { carrierChoices, connectionCarriers } from "./carriers";
import { LABEL } from "./client";
import { FILTERS, SORTS } from "./filters";
import { optionFields, optionsSchema } from "./options";
import { checkConnection, getOrder, listOrders } from "./orders";
import { perform } from "./perform";
import { instanceStatuses, knownStatuses, statusStage } from "./statuses";

const credentialsSchema = z.object({
  token: z.string().trim().min(1, { error: ISSUE.apiKeyRequired }).max(500),
});

export const retailysAdapter: PlatformAdapter = {
  id: "retailys",
  label: LABEL,
  icon: "/platforms/retailys.svg",
  baseUrl: {
    placeholder: "https://api.retailys.com",
    hint: "Usually https://api.retailys.com. Orderdeck adds /v1.",
  },
  credentialsSchema,
  credentialFields: [
    {
      name: "token",
      label: "API key",
      secret: true,
      required: true,
      help: "Created in Retailys administration; sent as the `token` header. Base URL: https://api.retailys.com",
    },
  ],
  optionsSchema,
  optionFields,
  // Retailys allows 100 requests/s per IP [vendor]; one connection keeps to a share of it.
  defaultTimeZone: DEFAULT_TIME_ZONE,
  limits: { requestsPerSecond: 100, concurrency: 6 },
  filters: FILTERS,
  sorts: SORTS,
  actions: ["set-status", "cancel", "mark-paid", "add-tracking", "add-note", "add-item", "edit-item", "delete-item"],
  testConnection: checkConnection,
  listOrders,
  getOrder,
  availableActions: (order) => actionsFor(order, knownStatuses(order.connectionId)),
  perform,
  // The carriers come from the connection's own mapping (none: the form asks for the shipper id as text).
  async actionChoices(conn) {
    const carriers = carrierChoices(connectionCarriers(conn));
    return carriers.length > 0 ? { carrier: carriers } : {};
  },
  async statuses(conn, ctx) {
    const statuses = await instanceStatuses(conn, ctx);
    return statuses.map((status) => ({ code: status.code, label: status.label, stage: statusStage(status) }));
  },
};
