"use client";
// Users (admin): list, create, update. Mutations refresh the list and the audit log in the hook itself,
// so a caller's own onSuccess can never skip the invalidation.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateUserInput, UpdateUserInput } from "@/lib/domain/inputs";
import { api } from "./api";
import { queryKeys } from "./query-keys";
import type { UserSummary } from "@/lib/domain/user";

export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users.list(),
    queryFn: ({ signal }) => api<{ users: UserSummary[] }>("/api/users", { signal }).then((r) => r.users),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) =>
      api<{ user: UserSummary }>("/api/users", { method: "POST", body: input }).then((r) => r.user),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ]);
    },
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...changes }: UpdateUserInput & { id: string }) =>
      api<{ user: UserSummary }>(`/api/users/${encodeURIComponent(id)}`, { method: "PATCH", body: changes }).then(
        (r) => r.user,
      ),
    onSuccess: async (user) => {
      queryClient.setQueryData<UserSummary[]>(queryKeys.users.list(), (list) =>
        list?.map((row) => (row.id === user.id ? user : row)),
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ]);
    },
  });
}
