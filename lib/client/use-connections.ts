"use client";
// Connections: list (admins get details with masked credentials, other roles name and health only), add,
// edit, remove, and "Test connection". Every change writes its answer into the cached list first, then
// invalidates the list and the audit log (and the order list, which fans out over the connections).
import { useQuery } from "@tanstack/react-query";
import type { ConnectionDetail, ConnectionInput, ConnectionItem, ConnectionPatch } from "@/lib/domain/connection";
import { api } from "./api";
import { dropFromList, putInList, useChange, writeList } from "./cache-writes";
import { queryKeys } from "./query-keys";

export type { ConnectionItem } from "@/lib/domain/connection";

/** True for the admin's view of a connection (base URL, options, masked credentials). */
export function isConnectionDetail(connection: ConnectionItem): connection is ConnectionDetail {
  return "baseUrl" in connection;
}

const list = queryKeys.connections.list();
const changed = [queryKeys.connections.all, queryKeys.audit.all, queryKeys.orders.all];

export function useConnections() {
  return useQuery({
    queryKey: list,
    queryFn: ({ signal }) => api("GET /api/connections", { signal }).then((r) => r.connections),
    // While a shop is importing, its progress moves: follow it.
    refetchInterval: (query) => (query.state.data?.some((c) => c.sync?.phase === "backfill") ? 3000 : false),
  });
}

export function useCreateConnection() {
  return useChange(
    (body: ConnectionInput) => api("POST /api/connections", { body }).then((r) => r.connection),
    putInList<ConnectionItem>(list, changed),
  );
}

export function useUpdateConnection() {
  return useChange(
    ({ id, patch }: { id: string; patch: ConnectionPatch }) =>
      api("PATCH /api/connections/:id", { params: { id }, body: patch }).then((r) => r.connection),
    putInList<ConnectionItem>(list, changed),
  );
}

export function useDeleteConnection() {
  return useChange(
    (id: string) => api("DELETE /api/connections/:id", { params: { id } }).then(() => id),
    dropFromList<ConnectionItem>(list, changed),
  );
}

/** Logs in to the platform and reads one order; the outcome becomes the connection's health for every role. */
export function useTestConnection() {
  return useChange((id: string) => api("POST /api/connections/:id/test", { params: { id } }).then((r) => r.check), {
    write: (client, check, id) =>
      writeList<ConnectionItem>(client, list, (connections) =>
        connections.map((c) =>
          c.id === id
            ? {
                ...c,
                health: {
                  lastCheckAt: check.checkedAt,
                  lastCheckOk: check.ok,
                  lastError: check.ok ? null : check.message,
                  lastLatencyMs: check.latencyMs,
                  lastSuccessAt: check.ok ? check.checkedAt : c.health.lastSuccessAt,
                },
              }
            : c,
        ),
      ),
    invalidate: [queryKeys.connections.all, queryKeys.audit.all],
  });
}
