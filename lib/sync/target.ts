// What one sync turn works with: the connection, its adapter and transport, the settings, and a way to keep
// the lease (renewed after every page; when it is lost the turn stops at once).
import "server-only";
import type { Db } from "../db";
import type { AdapterContext, Connection, PlatformAdapter } from "../platforms/types";
import type { SyncSettings } from "./settings";

export interface SyncTarget {
  db: Db;
  conn: Connection;
  adapter: PlatformAdapter;
  ctx: AdapterContext;
  settings: SyncSettings;
  keepLease: () => Promise<boolean>;
}
