"use client";
// The overview's figures for one range, under queryKeys.overview (so a live event can refresh every range at
// once). Until then they are read again every minute; switching ranges keeps the last figures on screen.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { OverviewRange } from "@/lib/domain/overview";
import { api, searchString } from "./api";
import { queryKeys } from "./query-keys";

export interface OverviewRequest {
  range: OverviewRange;
  from?: string | null;
  to?: string | null;
  /** The browser's IANA zone; null until known (the server renders without one). */
  tz: string | null;
}

/** The query string of a request, custom days only for a custom range. */
export function overviewSearch({ range, from, to, tz }: OverviewRequest): string {
  const custom = range === "custom";
  return searchString({ range, from: custom ? from : undefined, to: custom ? to : undefined, tz });
}

export function useOverview(request: OverviewRequest) {
  const search = overviewSearch(request);
  return useQuery({
    queryKey: queryKeys.overview.range(search),
    queryFn: ({ signal }) => api("GET /api/overview", { signal, search }),
    enabled: request.tz !== null && (request.range !== "custom" || Boolean(request.from && request.to)),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
