// Publishing a live event: one row in live_events and, in the same statement, a NOTIFY to every instance that
// LISTENs (PostgreSQL delivers it when the insert commits, so a listener always finds the row). Hubs of this
// process are woken directly too (on PGlite that is the only way). A failure is logged and swallowed: the write
// that triggered the event has happened and must not fail because of it.
import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../db";
import { logError } from "../db/log-error";
import type { LiveEvent } from "../domain/live-events";
import { LIVE_CHANNEL } from "./message";
import { pruneNowAndThen } from "./prune";
import { wakeLocal } from "./wake";

export async function publishLiveEvent(db: Db, event: LiveEvent): Promise<void> {
  const connectionId = "connectionId" in event ? event.connectionId : null;
  try {
    await db.execute(
      sql`with inserted as (insert into live_events (type, connection_id, payload) values (${event.type}, ${connectionId}, ${JSON.stringify(event)}::jsonb) returning id) select pg_notify(${LIVE_CHANNEL}, id::text) from inserted`,
    );
    wakeLocal(db);
  } catch (error) {
    logError(`events: publishing a live ${event.type} event failed`, error);
    return;
  }
  await pruneNowAndThen(db).catch((error: unknown) => logError("events: pruning live events failed", error));
}
