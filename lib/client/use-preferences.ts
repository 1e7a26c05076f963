"use client";
// Per-user preferences remembered on the server (e.g. the order table's columns). The value is whatever the
// caller stores; callers parse it, since an old shape may come back after a release.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import type { PREFERENCE_KEYS } from "@/lib/domain/views";
import { api } from "./api";
import { queryKeys } from "./query-keys";

export type PreferenceKey = (typeof PREFERENCE_KEYS)[number];

export function usePreference(key: PreferenceKey) {
  return useQuery({
    queryKey: queryKeys.preferences.detail(key),
    queryFn: ({ signal }) => api("GET /api/preferences/:key", { params: { key }, signal }).then((r) => r.value ?? null),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSavePreference(key: PreferenceKey) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (value: unknown) => api("PUT /api/preferences/:key", { params: { key }, body: { value } }),
    onSuccess: (answer, sent) => {
      // Only when nothing newer was chosen while this one was on its way.
      const now = client.getQueryData(queryKeys.preferences.detail(key));
      if (JSON.stringify(now) === JSON.stringify(sent))
        client.setQueryData(queryKeys.preferences.detail(key), answer.value ?? null);
    },
  });
}

/**
 * Writes a preference the way a settings menu wants: the cache (and so the screen) takes the value at once,
 * and one PUT goes out once the clicks stop.
 */
export function usePreferenceWriter(key: PreferenceKey, delayMs = 400) {
  const client = useQueryClient();
  const { mutate } = useSavePreference(key);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(
    (value: unknown) => {
      client.setQueryData(queryKeys.preferences.detail(key), value);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => mutate(value), delayMs);
    },
    [client, key, mutate, delayMs],
  );
}
