// The process's one sync worker, started with the server (lib/startup.ts) unless SYNC=0, kept on globalThis
// so Next's module reloads do not start a second one.
import "server-only";
import type { Db } from "../db";
import { env } from "../env";
import { type SyncRunner, startSyncRunner } from "./runner";
import { defaultSyncSettings } from "./settings";

const store = globalThis as typeof globalThis & { orderdeckSyncWorker?: SyncRunner };

export function startSyncWorker(db: Db): void {
  if (!env().SYNC || store.orderdeckSyncWorker) return;
  store.orderdeckSyncWorker = startSyncRunner(db, { settings: defaultSyncSettings() });
}

export function wakeSyncWorker(): void {
  store.orderdeckSyncWorker?.wake();
}

export async function stopSyncWorker(): Promise<void> {
  await store.orderdeckSyncWorker?.stop();
  store.orderdeckSyncWorker = undefined;
}
