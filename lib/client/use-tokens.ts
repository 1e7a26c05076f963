"use client";
// The signed-in user's personal API tokens: list, create (the value comes back once), revoke. Every change
// also refreshes the audit log.
import { useQuery } from "@tanstack/react-query";
import type { CreateTokenInput } from "@/lib/domain/inputs";
import type { ApiTokenSummary } from "@/lib/domain/user";
import { api } from "./api";
import { useChange } from "./cache-writes";
import { queryKeys } from "./query-keys";

const changed = [queryKeys.tokens.all, queryKeys.audit.all];

export function useTokens() {
  return useQuery({
    queryKey: queryKeys.tokens.list(),
    queryFn: ({ signal }) => api("GET /api/tokens", { signal }).then((r) => r.tokens),
  });
}

export function useCreateToken() {
  return useChange((body: CreateTokenInput) => api("POST /api/tokens", { body }), { invalidate: changed });
}

export function useRevokeToken() {
  return useChange((id: string) => api("DELETE /api/tokens/:id", { params: { id } }).then((r) => r.token), {
    invalidate: changed,
  });
}

/** Active, expired or revoked, as the token list shows it. */
export function tokenStatus(token: ApiTokenSummary, now = Date.now()): "active" | "expired" | "revoked" {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return "expired";
  return "active";
}
