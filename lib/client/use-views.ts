"use client";
// Saved order-list views: the caller's own and those an admin shared with everyone. Mutations write the
// answer into the cached list, then invalidate it in the hook itself (a caller's onSuccess cannot skip it).
import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SavedView, SavedViewInput } from "@/lib/domain/views";
import { api } from "./api";
import { queryKeys } from "./query-keys";

const path = (id: string) => `/api/views/${encodeURIComponent(id)}`;
const byName = (a: SavedView, b: SavedView) => a.name.localeCompare(b.name);

function writeList(client: QueryClient, update: (list: SavedView[]) => SavedView[]) {
  client.setQueryData<SavedView[]>(queryKeys.views.list(), (list) => (list ? update(list) : list));
}

export function useSavedViews() {
  return useQuery({
    queryKey: queryKeys.views.list(),
    queryFn: ({ signal }) => api<{ views: SavedView[] }>("/api/views", { signal }).then((r) => r.views),
  });
}

export function useCreateView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SavedViewInput) =>
      api<{ view: SavedView }>("/api/views", { method: "POST", body: input }).then((r) => r.view),
    onSuccess: async (view) => {
      writeList(client, (list) => [...list.filter((v) => v.id !== view.id), view].sort(byName));
      await client.invalidateQueries({ queryKey: queryKeys.views.all });
    },
  });
}

export function useUpdateView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<SavedViewInput> }) =>
      api<{ view: SavedView }>(path(id), { method: "PATCH", body: patch }).then((r) => r.view),
    onSuccess: async (view) => {
      writeList(client, (list) => list.map((v) => (v.id === view.id ? view : v)).sort(byName));
      await client.invalidateQueries({ queryKey: queryKeys.views.all });
    },
  });
}

export function useDeleteView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ ok: true }>(path(id), { method: "DELETE" }).then(() => id),
    onSuccess: async (id) => {
      writeList(client, (list) => list.filter((v) => v.id !== id));
      await client.invalidateQueries({ queryKey: queryKeys.views.all });
    },
  });
}
