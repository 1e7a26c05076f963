"use client";
// Users (admin): list, create, update. Every change also refreshes the audit log.
import { useQuery } from "@tanstack/react-query";
import type { CreateUserInput, UpdateUserInput } from "@/lib/domain/inputs";
import type { UserSummary } from "@/lib/domain/user";
import { api } from "./api";
import { useChange, writeList } from "./cache-writes";
import { queryKeys } from "./query-keys";

const changed = [queryKeys.users.all, queryKeys.audit.all];

export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users.list(),
    queryFn: ({ signal }) => api("GET /api/users", { signal }).then((r) => r.users),
  });
}

export function useCreateUser() {
  return useChange((body: CreateUserInput) => api("POST /api/users", { body }).then((r) => r.user), {
    invalidate: changed,
  });
}

export function useUpdateUser() {
  return useChange(
    ({ id, ...body }: UpdateUserInput & { id: string }) =>
      api("PATCH /api/users/:id", { params: { id }, body }).then((r) => r.user),
    {
      write: (client, user) =>
        writeList<UserSummary>(client, queryKeys.users.list(), (list) =>
          list.map((row) => (row.id === user.id ? user : row)),
        ),
      invalidate: changed,
    },
  );
}
