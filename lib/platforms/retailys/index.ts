// Retailys (Czechia) REST API v1: a static API key in the `token` header, /v1/System/Orders with page/per_page,
// per-instance statuses, the lifecycle in the flags sent/delivered/done/canceled, tracking, history and items.
import "server-only";
import { z } from "zod";
import type { PlatformAdapter } from "../types";
import { actionsFor } from "./actions";
import { DEFAULT_TIME_ZONE, LIST_ORDERING, PER_PAGE } from "./assumed";
import { LABEL } from "./client";
import { FILTERS, SORTS } from "./filters";
import { getOrder, listOrders } from "./orders";
import { perform } from "./perform";
import { instanceStatuses, knownStatuses, statusStage } from "./statuses";

const credentialsSchema = z.object({
  token: z.string().trim().min(1, { error: "Enter the API key" }).max(500),
});

// `channelId` narrows the connection to one sales channel; the generic per-connection overrides (timeoutMs,
// requestsPerSecond, concurrency) and anything else pass through.
const optionsSchema = z
  .object({
    channelId: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).optional()),
    timeoutMs: z.coerce.number().int().min(500).max(120_000).optional(),
    requestsPerSecond: z.coerce.number().min(0.1).max(100).optional(),
    concurrency: z.coerce.number().int().min(1).max(16).optional(),
  })
  .catchall(z.union([z.string(), z.number(), z.boolean()]));

export const retailysAdapter: PlatformAdapter = {
  id: "retailys",
  label: LABEL,
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
  optionFields: [
    {
      name: "channelId",
      label: "Sales channel id (optional)",
      secret: false,
      required: false,
      placeholder: "all channels",
      help: "Only list orders of this Retailys sales channel (channel_id).",
    },
  ],
  // Retailys allows 100 requests/s per IP [vendor]; one connection keeps to a share of it.
  defaultTimeZone: DEFAULT_TIME_ZONE,
  limits: { requestsPerSecond: 100, concurrency: 6 },
  filters: FILTERS,
  sorts: SORTS,
  actions: ["set-status", "cancel", "mark-paid", "add-tracking", "add-note", "add-item", "edit-item", "delete-item"],
  async testConnection(conn, ctx) {
    // The smallest page Retailys serves (per_page ≥ 10), read and mapped like any list.
    await listOrders(conn, { sort: LIST_ORDERING, limit: PER_PAGE.min }, null, ctx);
  },
  listOrders,
  getOrder,
  availableActions: (order) => actionsFor(order, knownStatuses(order.connectionId)),
  perform,
  async statuses(conn, ctx) {
    const statuses = await instanceStatuses(conn, ctx);
    return statuses.map((status) => ({ code: status.code, label: status.label, stage: statusStage(status) }));
  },
};
