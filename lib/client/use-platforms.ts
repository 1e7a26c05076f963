"use client";
// The supported platforms as GET /api/platforms describes them: the connection form's fields and what each
// platform can filter and sort natively. They change only with a deploy, so one fetch per page load is enough.
import { useQuery } from "@tanstack/react-query";
import type { PlatformId } from "@/lib/domain/platform";
import type { OrderListSort } from "@/lib/domain/query";
import { api } from "./api";
import { queryKeys } from "./query-keys";

/** One field of the connection form (mirrors the server's FormField, which the browser may not import). */
export interface PlatformField {
  name: string;
  label: string;
  /** Stored encrypted, masked in every answer ("••••1a2b"), kept on an edit that leaves it empty. */
  secret: boolean;
  required: boolean;
  placeholder?: string;
  help?: string;
}

/** The list filters a platform applies natively (the same keys as the server's OrderFilterKey). */
export type PlatformFilterKey = "stage" | "status" | "placedAt" | "q" | "total" | "currency";

export interface PlatformInfo {
  id: PlatformId;
  label: string;
  credentialFields: PlatformField[];
  optionFields: PlatformField[];
  filters: PlatformFilterKey[];
  sorts: OrderListSort[];
}

export function usePlatforms() {
  return useQuery({
    queryKey: queryKeys.platforms.all,
    queryFn: ({ signal }) => api<{ platforms: PlatformInfo[] }>("/api/platforms", { signal }).then((r) => r.platforms),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
