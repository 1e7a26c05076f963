// Leases on one PostgreSQL shared by two instances (two connection pools, as two app processes have): a
// connection is never synced by both at once, and the lease of an instance that died is taken over once it
// expires. The lease itself behaves the same on PGlite.
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "../db/client";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import { TEST_SYNC_SETTINGS } from "../testing/sync-until-live";
import { ensureSyncRows, releaseLease, renewLease, takeLease } from "./lease";
import { startSyncRunner } from "./runner";

let fixture: SandboxConnections;
let other: DbHandle;

beforeAll(async () => {
  fixture = await setUpSandboxConnections(20, {}, "postgres");
  other = await openDatabase({ url: fixture.handle.url });
  await ensureSyncRows(fixture.handle.db);
}, 60_000);

afterAll(async () => {
  await other?.close();
  await fixture?.close();
});

describe("sync leases on one PostgreSQL", () => {
  it("are held by one instance at a time and taken over once expired", async () => {
    const id = fixture.ids.retailys;
    expect(await takeLease(fixture.handle.db, id, "a", 1)).not.toBeNull();
    expect(await takeLease(other.db, id, "b", 30)).toBeNull();
    await sleep(1200);
    expect(await takeLease(other.db, id, "b", 30)).not.toBeNull();
    expect(await renewLease(fixture.handle.db, id, "a", 30), "a's lease is gone").toBe(false);
    await releaseLease(other.db, id, "b");
  });

  it("never lets two instances sync one connection at once", async () => {
    const turns: { owner: string; connectionId: string; start: number; end: number }[] = [];
    const open = new Map<string, number>();
    const watch = (owner: string) => (connectionId: string, moment: "start" | "end") => {
      if (moment === "start") open.set(`${owner}/${connectionId}`, performance.now());
      else turns.push({ owner, connectionId, start: open.get(`${owner}/${connectionId}`)!, end: performance.now() });
    };
    const settings = { ...TEST_SYNC_SETTINGS, intervalMs: 0 };
    const a = startSyncRunner(fixture.handle.db, { settings, owner: "a", tickMs: 10, onTurn: watch("a") });
    const b = startSyncRunner(other.db, { settings, owner: "b", tickMs: 10, onTurn: watch("b") });
    await sleep(4000);
    await Promise.all([a.stop(), b.stop()]);
    expect(new Set(turns.map((t) => t.owner))).toEqual(new Set(["a", "b"]));
    for (const turn of turns) {
      const overlapping = turns.filter(
        (t) =>
          t.owner !== turn.owner && t.connectionId === turn.connectionId && t.start < turn.end && turn.start < t.end,
      );
      expect(overlapping, `${turn.owner} on ${turn.connectionId}`).toEqual([]);
    }
  }, 30_000);

  it("takes over a connection whose instance died holding its lease", async () => {
    const id = fixture.ids.merchantpro;
    // "dead" took the lease and never renewed or released it.
    expect(await takeLease(fixture.handle.db, id, "dead", 2)).not.toBeNull();
    const synced: string[] = [];
    const survivor = startSyncRunner(other.db, {
      settings: { ...TEST_SYNC_SETTINGS, intervalMs: 0 },
      owner: "survivor",
      tickMs: 50,
      onTurn: (connectionId, moment) => moment === "start" && synced.push(connectionId),
    });
    await sleep(1000);
    expect(synced).not.toContain(id);
    await sleep(2500);
    await survivor.stop();
    expect(synced).toContain(id);
  }, 30_000);
});
