"use client";
// Users (admin): list, create, update, reset a password. Every change also refreshes the audit log.
import { type QueryClient, useQuery } from "@tanstack/react-query";
import type { CreateUserInput, ResetPasswordInput, UpdateUserInput } from "@/lib/domain/inputs";
import type { UserSummary } from "@/lib/domain/user";
import { api } from "./api";
import { useChange, writeList } from "./cache-writes";
import { queryKeys } from "./query-keys";

const changed = [queryKeys.users.all, queryKeys.audit.all];

/** The user as the server answered, in place of their old self in the cached list. */
function replaceUser(client: QueryClient, user: UserSummary): void {
  writeList<UserSummary>(client, queryKeys.users.list(), (list) =>
    list.map((row) => (row.id === user.id ? user : row)),
  );
}

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
    { write: replaceUser, invalidate: changed },
  );
}

/** An admin's reset: the user comes back flagged, with the temporary password when Orderdeck made it up. */
export function useResetPassword() {
  return useChange(
    ({ id, ...body }: ResetPasswordInput & { id: string }) =>
      api("POST /api/users/:id/password", { params: { id }, body }),
    { write: (client, { user }) => replaceUser(client, user), invalidate: changed },
  );
}
