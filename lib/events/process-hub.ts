// The process's one hub, on globalThis: Next.js may load this module in more than one bundle, and a second hub
// would mean a second LISTEN connection and a second read of every event. With DATABASE_URL it LISTENs there
// (several instances share one database); on PGlite it is woken in-process only.
import "server-only";
import { type Db, getDb } from "../db";
import { env } from "../env";
import { type LiveHub, startLiveHub } from "./hub";

const store = globalThis as typeof globalThis & { orderdeckLiveHub?: { db: Db; hub: Promise<LiveHub> } };

export async function liveHub(): Promise<LiveHub> {
  const db = await getDb();
  const current = store.orderdeckLiveHub;
  if (current?.db === db) return current.hub;
  // Tests swap the process's database (setDbForTests): a hub reads one database only.
  if (current) void current.hub.then((hub) => hub.stop()).catch(() => undefined);
  const hub = startLiveHub(db, { listenUrl: env().DATABASE_URL }).catch((error: unknown) => {
    if (store.orderdeckLiveHub?.hub === hub) store.orderdeckLiveHub = undefined;
    throw error;
  });
  store.orderdeckLiveHub = { db, hub };
  return hub;
}

export async function stopLiveHub(): Promise<void> {
  const current = store.orderdeckLiveHub;
  store.orderdeckLiveHub = undefined;
  await (await current?.hub.catch(() => undefined))?.stop();
}
