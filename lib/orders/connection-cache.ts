// The decrypted connections for the order list, kept for a few seconds: the list reads every connection on
// each request, and connections change rarely. A change made through this process forgets them at once; one
// made through another instance shows within CONNECTIONS_TTL_MS.
import "server-only";
import type { Db } from "../db";
import type { Connection } from "../platforms/types";
import { listConnectionRows } from "./connection-rows";
import { toConnection } from "./connection-secrets";

const CONNECTIONS_TTL_MS = 5_000;

// Per database handle (tests switch databases within one process).
const remembered = new WeakMap<Db, { at: number; connections: Promise<Connection[]> }>();

export function liveConnections(db: Db): Promise<Connection[]> {
  const hit = remembered.get(db);
  if (hit && Date.now() - hit.at < CONNECTIONS_TTL_MS) return hit.connections;
  const connections = listConnectionRows(db).then((rows) => rows.map(toConnection));
  remembered.set(db, { at: Date.now(), connections });
  connections.catch(() => remembered.delete(db));
  return connections;
}

export function forgetConnections(db: Db): void {
  remembered.delete(db);
}
