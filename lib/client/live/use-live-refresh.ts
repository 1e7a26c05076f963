"use client";
// Re-reads some queries when events say their data moved, at most once per `everyMs`: a sync pass over five
// shops sends several events within a second, and each re-read of the overview is a few database scans.
// The first event refreshes at once; those inside the window are folded into one refresh at its end.
import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { LiveEvent } from "@/lib/domain/live-events";
import { useLiveEvent } from "./live-provider";

export function useLiveRefresh(queryKey: QueryKey, wants: (event: LiveEvent) => boolean, everyMs = 3_000): void {
  const queryClient = useQueryClient();
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  useLiveEvent((event) => {
    if (!wants(event) || timer.current !== undefined) return;
    const refresh = () => {
      timer.current = undefined;
      last.current = Date.now();
      void queryClient.invalidateQueries({ queryKey });
    };
    const wait = last.current + everyMs - Date.now();
    if (wait <= 0) refresh();
    else timer.current = setTimeout(refresh, wait);
  });
}
