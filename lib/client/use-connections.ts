"use client";
// Connections: list (admins get details with masked credentials, other roles name and health only), add,
// edit, remove, and "Test connection". Every mutation writes its answer into the cached list first, then
// invalidates the list and the audit log in the hook itself, so a caller's onSuccess cannot skip it.
import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ConnectionCheck,
  ConnectionDetail,
  ConnectionInput,
  ConnectionPatch,
  ConnectionSummary,
} from "@/lib/domain/connection";
import { api } from "./api";
import { queryKeys } from "./query-keys";

export type ConnectionItem = ConnectionSummary | ConnectionDetail;

/** True for the admin's view of a connection (base URL, options, masked credentials). */
export function isConnectionDetail(connection: ConnectionItem): connection is ConnectionDetail {
  return "baseUrl" in connection;
}

const byName = (a: ConnectionItem, b: ConnectionItem) => a.name.localeCompare(b.name);
const path = (id: string) => `/api/connections/${encodeURIComponent(id)}`;

function writeList(client: QueryClient, update: (list: ConnectionItem[]) => ConnectionItem[]) {
  client.setQueryData<ConnectionItem[]>(queryKeys.connections.list(), (list) => (list ? update(list) : list));
}

async function refresh(client: QueryClient, { orders }: { orders: boolean }) {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.connections.all }),
    client.invalidateQueries({ queryKey: queryKeys.audit.all }),
    // The unified order list fans out over the connections: adding, editing or removing one changes it.
    orders ? client.invalidateQueries({ queryKey: queryKeys.orders.all }) : null,
  ]);
}

export function useConnections() {
  return useQuery({
    queryKey: queryKeys.connections.list(),
    queryFn: ({ signal }) =>
      api<{ connections: ConnectionItem[] }>("/api/connections", { signal }).then((r) => r.connections),
    // While a shop is importing, its progress moves: follow it.
    refetchInterval: (query) => (query.state.data?.some((c) => c.sync?.phase === "backfill") ? 3000 : false),
  });
}

export function useCreateConnection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ConnectionInput) =>
      api<{ connection: ConnectionDetail }>("/api/connections", { method: "POST", body: input }).then(
        (r) => r.connection,
      ),
    onSuccess: async (created) => {
      writeList(client, (list) => [...list.filter((c) => c.id !== created.id), created].sort(byName));
      await refresh(client, { orders: true });
    },
  });
}

export function useUpdateConnection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ConnectionPatch }) =>
      api<{ connection: ConnectionDetail }>(path(id), { method: "PATCH", body: patch }).then((r) => r.connection),
    onSuccess: async (updated) => {
      writeList(client, (list) => list.map((c) => (c.id === updated.id ? updated : c)).sort(byName));
      await refresh(client, { orders: true });
    },
  });
}

export function useDeleteConnection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ ok: true }>(path(id), { method: "DELETE" }).then(() => id),
    onSuccess: async (id) => {
      writeList(client, (list) => list.filter((c) => c.id !== id));
      await refresh(client, { orders: true });
    },
  });
}

/** Logs in to the platform and reads one order; the outcome becomes the connection's health for every role. */
export function useTestConnection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ check: ConnectionCheck }>(`${path(id)}/test`, { method: "POST" }).then((r) => r.check),
    onSuccess: async (check, id) => {
      writeList(client, (list) =>
        list.map((c) =>
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
      );
      await refresh(client, { orders: false });
    },
  });
}
