"use client";
// Saved order-list views: the caller's own and those an admin shared with everyone. Every change writes the
// answer into the cached list, then invalidates it.
import { useQuery } from "@tanstack/react-query";
import type { SavedView, SavedViewInput } from "@/lib/domain/views";
import { api } from "./api";
import { dropFromList, putInList, useChange } from "./cache-writes";
import { queryKeys } from "./query-keys";

const list = queryKeys.views.list();
const changed = [queryKeys.views.all];

export function useSavedViews() {
  return useQuery({
    queryKey: list,
    queryFn: ({ signal }) => api("GET /api/views", { signal }).then((r) => r.views),
  });
}

export function useCreateView() {
  return useChange(
    (body: SavedViewInput) => api("POST /api/views", { body }).then((r) => r.view),
    putInList<SavedView>(list, changed),
  );
}

export function useUpdateView() {
  return useChange(
    ({ id, patch }: { id: string; patch: Partial<SavedViewInput> }) =>
      api("PATCH /api/views/:id", { params: { id }, body: patch }).then((r) => r.view),
    putInList<SavedView>(list, changed),
  );
}

export function useDeleteView() {
  return useChange(
    (id: string) => api("DELETE /api/views/:id", { params: { id } }).then(() => id),
    dropFromList<SavedView>(list, changed),
  );
}
