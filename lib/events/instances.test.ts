// Several app instances share one PostgreSQL: an event published through one instance's database reaches the
// streams of another (LISTEN/NOTIFY), and a hub whose LISTEN connection is cut hears again, missing nothing.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "../db/client";
import { openTestDatabase } from "../testing/databases";
import { type LiveHub, startLiveHub } from "./hub";
import { publishLiveEvent } from "./publish";

const CONNECTION = "00000000-0000-4000-8000-0000000000aa";

describe("live events across instances (PostgreSQL)", () => {
  let handle: DbHandle & { url?: string };
  let other: DbHandle;
  let hubs: LiveHub[];

  beforeAll(async () => {
    handle = await openTestDatabase("postgres");
    // A second instance: its own pool and its own hub, sharing nothing in this process with the first.
    other = await openDatabase({ url: handle.url! });
    hubs = [
      await startLiveHub(handle.db, { listenUrl: handle.url }),
      await startLiveHub(other.db, { listenUrl: handle.url }),
    ];
  }, 60_000);

  afterAll(async () => {
    for (const hub of hubs ?? []) await hub.stop();
    await other?.close();
    await handle?.close();
  });

  it("delivers an event published by one instance to a stream of the other, both ways", async () => {
    const [first, second] = hubs as [LiveHub, LiveHub];
    const onSecond = second.subscribe();
    await publishLiveEvent(handle.db, { type: "sync", at: new Date().toISOString(), connectionId: CONNECTION });
    const heard = await onSecond.next(3_000);
    expect(heard).toMatchObject({ event: { type: "sync", connectionId: CONNECTION } });

    const onFirst = first.subscribe();
    await publishLiveEvent(other.db, { type: "refetch", at: new Date().toISOString() });
    expect(await onFirst.next(3_000)).toMatchObject({ event: { type: "refetch" } });
    expect(await onSecond.next(3_000)).toMatchObject({ event: { type: "refetch" } });
    onFirst.close();
    onSecond.close();
  });

  it("hears again after its LISTEN connection is cut, and delivers what was published meanwhile", async () => {
    const second = hubs[1]!;
    const subscription = second.subscribe();
    await handle.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen%'`,
    );
    const cut = Date.now();
    while (second.listening() && Date.now() - cut < 3_000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(second.listening()).toBe(false);
    // Published while nobody listens on the second instance: the reconnection reads it.
    await publishLiveEvent(handle.db, { type: "sync", at: new Date().toISOString(), connectionId: CONNECTION });
    const heard = await subscription.next(10_000);
    expect(heard).toMatchObject({ event: { type: "sync", connectionId: CONNECTION } });
    expect(second.listening()).toBe(true);
    subscription.close();
  });
});
