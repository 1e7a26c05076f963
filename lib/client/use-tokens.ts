"use client";
// The signed-in user's personal API tokens: list, create (the value comes back once), revoke.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateTokenInput } from "@/lib/domain/inputs";
import { api } from "./api";
import { queryKeys } from "./query-keys";
import type { ApiTokenSummary } from "@/lib/domain/user";

export function useTokens() {
  return useQuery({
    queryKey: queryKeys.tokens.list(),
    queryFn: ({ signal }) => api<{ tokens: ApiTokenSummary[] }>("/api/tokens", { signal }).then((r) => r.tokens),
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTokenInput) =>
      api<{ token: string; summary: ApiTokenSummary }>("/api/tokens", { method: "POST", body: input }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.tokens.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ]);
    },
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ token: ApiTokenSummary }>(`/api/tokens/${encodeURIComponent(id)}`, { method: "DELETE" }).then(
        (r) => r.token,
      ),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.tokens.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ]);
    },
  });
}

/** Active, expired or revoked, as the token list shows it. */
export function tokenStatus(token: ApiTokenSummary, now = Date.now()): "active" | "expired" | "revoked" {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return "expired";
  return "active";
}
