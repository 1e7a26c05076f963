"use client";
// The overview's figures for one range, under queryKeys.overview (so a live event can refresh every range at
// once). Until then they are read again every minute; switching ranges keeps the last figures on screen. The
// figures the server rendered the page with are this query's first data, so the first paint already shows them.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type Overview, type OverviewRequest, overviewSearch } from "@/lib/domain/overview";
import { api } from "./api";
import { queryKeys } from "./query-keys";

/** The figures a server page read for `search`, and when. */
export interface FirstOverview {
  search: string;
  tz: string;
  overview: Overview;
  readAt: number;
}

export function useOverview(request: OverviewRequest, first?: FirstOverview | null) {
  const search = overviewSearch(request);
  const own = first?.search === search ? first : undefined;
  return useQuery({
    queryKey: queryKeys.overview.range(search),
    queryFn: ({ signal }) => api("GET /api/overview", { signal, search }),
    enabled: request.tz !== null && (request.range !== "custom" || Boolean(request.from && request.to)),
    initialData: own?.overview,
    initialDataUpdatedAt: own?.readAt,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
