"use client";
// One live-events stream per tab (live-connection.ts), shared by every page through context. Pages subscribe
// with useLiveEvent and decide themselves what an event means for what they show. A `refetch` event (the
// server, or a new stream after a closed one, cannot tell what was missed) re-reads every query shown, but
// for those marked `meta: { liveRefetch: false }`: they would move or swap what is under the user's pointer
// (the order list's rows, an order page's buttons) and follow events their own way.
import { type Query, useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { LiveEvent } from "@/lib/domain/live-events";
import { LiveConnection, type LiveStatus } from "./live-connection";

const LiveContext = createContext<LiveConnection | null>(null);

const refetchable = (query: Query) => query.meta?.liveRefetch !== false;

export function LiveProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [connection] = useState(() => new LiveConnection());
  useEffect(() => {
    connection.start();
    const off = connection.subscribe((event) => {
      if (event.type === "refetch") void queryClient.invalidateQueries({ predicate: refetchable });
    });
    return () => {
      off();
      connection.stop();
    };
  }, [connection, queryClient]);
  return <LiveContext.Provider value={connection}>{children}</LiveContext.Provider>;
}

export function useLiveConnection(): LiveConnection | null {
  return useContext(LiveContext);
}

/** Calls `handler` with every event of the tab's stream (the latest handler; no re-subscribing per render). */
export function useLiveEvent(handler: (event: LiveEvent) => void): void {
  const connection = useContext(LiveContext);
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useEffect(() => connection?.subscribe((event) => latest.current(event)), [connection]);
}

const serverStatus = (): LiveStatus => "connecting";

/** How the stream is doing; "connecting" outside a provider and on the server. */
export function useLiveStatus(): LiveStatus {
  const connection = useContext(LiveContext);
  return useSyncExternalStore(
    connection?.subscribeStatus ?? noSubscribe,
    connection?.getStatus ?? serverStatus,
    serverStatus,
  );
}

const noSubscribe = () => () => {};
