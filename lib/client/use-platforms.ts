"use client";
// The supported platforms as GET /api/platforms describes them: the connection form's fields and what each
// platform can filter and sort natively. They change only with a deploy, so one fetch per page load is enough.
import { useQuery } from "@tanstack/react-query";
import { api } from "./api";
import { queryKeys } from "./query-keys";

export function usePlatforms() {
  return useQuery({
    queryKey: queryKeys.platforms.all,
    queryFn: ({ signal }) => api("GET /api/platforms", { signal }).then((r) => r.platforms),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
