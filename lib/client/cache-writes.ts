"use client";
// How every mutation hook leaves the cache: the server's answer written in at once, then what it changed
// invalidated — inside the hook, so a caller's own onSuccess can never skip the invalidation.
import { type QueryClient, type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";

interface Change<V, R> {
  /** Writes the answer into cached queries before they are read again. */
  write?: (client: QueryClient, answer: R, variables: V) => void;
  /** The queries the change may have made stale (an entity's lists, the audit log...). */
  invalidate: readonly QueryKey[];
}

export function useChange<V, R>(request: (variables: V) => Promise<R>, change: Change<V, R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (answer, variables) => {
      change.write?.(client, answer, variables);
      await Promise.all(change.invalidate.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}

/** Rewrites a cached list, if it is cached (an uncached one is read whole when it is first needed). */
export function writeList<T>(client: QueryClient, key: QueryKey, update: (list: T[]) => T[]): void {
  client.setQueryData<T[]>(key, (list) => (list ? update(list) : list));
}

interface Named {
  id: string;
  name: string;
}

/** A create or an edit: its answer put into the cached list (added, or in place of its old self), by name. */
export function putInList<T extends Named>(key: QueryKey, invalidate: readonly QueryKey[]): Change<unknown, T> {
  const put = (list: T[], item: T) =>
    [...list.filter((entry) => entry.id !== item.id), item].sort((a, b) => a.name.localeCompare(b.name));
  return { write: (client, item) => writeList<T>(client, key, (list) => put(list, item)), invalidate };
}

/** A removal, whose mutation answers the removed id: taken out of the cached list. */
export function dropFromList<T extends Named>(key: QueryKey, invalidate: readonly QueryKey[]): Change<unknown, string> {
  return {
    write: (client, id) => writeList<T>(client, key, (list) => list.filter((entry) => entry.id !== id)),
    invalidate,
  };
}
