// GET /api/events called as Next.js calls it, over a real (PGlite) database and the process's hub: who may
// listen, what a stream sends (its position, events, heartbeats), resuming after Last-Event-ID, and a stream
// whose user is deactivated ending by itself.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { setDbForTests } from "@/lib/db";
import type { DbHandle } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { resetEnvForTests } from "@/lib/env";
import { stopLiveHub } from "@/lib/events/process-hub";
import { publishLiveEvent } from "@/lib/events/publish";
import { liveStreamTimings } from "@/lib/events/timings";
import { openTestDatabase } from "@/lib/testing/databases";
import { openTestSession } from "@/lib/testing/session-cookie";
import { readSse, type SseReader } from "@/lib/testing/sse-reader";
import { GET } from "./route";

const ORIGIN = "http://127.0.0.1:3997";
const CONNECTION = "00000000-0000-4000-8000-0000000000bb";

let handle: DbHandle;
let managerId: string;
let cookie: string;
const open: { abort: AbortController; reader: SseReader | null }[] = [];
const saved = { ...liveStreamTimings };

async function listen(
  auth: Record<string, string>,
  query = "",
): Promise<{ response: Response; reader: SseReader | null }> {
  const abort = new AbortController();
  const request = new NextRequest(new URL(`/api/events${query}`, ORIGIN), {
    headers: { accept: "text/event-stream", ...auth },
    signal: abort.signal,
  });
  const response = await GET(request, {});
  const reader = response.ok && response.body ? readSse(response.body) : null;
  open.push({ abort, reader });
  return { response, reader };
}

const publishSync = () =>
  publishLiveEvent(handle.db, { type: "sync", at: new Date().toISOString(), connectionId: CONNECTION });

describe("GET /api/events", () => {
  beforeAll(async () => {
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-events-"));
    process.env.NEXTAUTH_URL = ORIGIN;
    process.env.DEMO = "0";
    delete process.env.DATABASE_URL;
    resetEnvForTests();
    handle = await openTestDatabase("pglite");
    setDbForTests(handle);
    const [manager] = await handle.db
      .insert(users)
      .values({ email: "listener@example.com", name: "Listener", role: "manager", passwordHash: "x" })
      .returning();
    managerId = manager!.id;
    cookie = (await openTestSession(handle.db, managerId)).cookie;
    Object.assign(liveStreamTimings, { heartbeatMs: 300, recheckMs: 150 });
  }, 60_000);

  afterEach(async () => {
    for (const stream of open.splice(0)) {
      stream.abort.abort();
      await stream.reader?.cancel().catch(() => undefined);
    }
  });

  afterAll(async () => {
    Object.assign(liveStreamTimings, saved);
    await stopLiveHub();
    setDbForTests(undefined);
    await handle?.close();
  });

  it("answers 401 without a session, in the API's error shape", async () => {
    const { response } = await listen({});
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBeTypeOf("string");
  });

  it("streams events to a signed-in user: its position first, then each event, and heartbeats", async () => {
    const { response, reader } = await listen({ cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-cache");
    const opening = await reader!.next();
    expect(opening).toMatchObject({ retry: 3000, data: null });
    expect(opening!.id).toMatch(/^\d+$/);

    await publishSync();
    const message = await reader!.nextEvent();
    expect(message).toMatchObject({ event: "sync", data: { type: "sync", connectionId: CONNECTION } });
    expect(Number(message!.id)).toBeGreaterThan(Number(opening!.id));

    // Nothing happens for a while: a comment keeps the connection alive.
    expect(await reader!.next(2_000)).toMatchObject({ comment: "keep-alive", data: null });
  });

  it("resumes after Last-Event-ID with what the client missed, in order (header or ?lastEventId=)", async () => {
    const first = await listen({ cookie });
    await first.reader!.next();
    await publishSync();
    const seen = (await first.reader!.nextEvent())!;
    for (const stream of open.splice(0)) stream.abort.abort();

    await publishSync();
    await publishSync();
    let since = 2;
    const resumes: [Record<string, string>, string][] = [
      [{ "last-event-id": seen.id! }, ""],
      [{}, `?lastEventId=${seen.id}`],
    ];
    for (const [header, query] of resumes) {
      const resumed = await listen({ cookie, ...header }, query);
      const missed = [];
      for (let i = 0; i < since; i++) missed.push((await resumed.reader!.nextEvent())!);
      expect(missed.map((message) => Number(message.id))).toEqual(
        Array.from({ length: since }, (_, i) => Number(seen.id) + 1 + i),
      );
      expect(missed.every((message) => message.event === "sync")).toBe(true);
      // Then live, from where the backlog ended.
      await publishSync();
      since++;
      expect(Number((await resumed.reader!.nextEvent())!.id)).toBe(Number(seen.id) + since);
    }
  });

  it("tells a client with an id it cannot resume from to refetch", async () => {
    const { reader } = await listen({ cookie, "last-event-id": "not-an-id" });
    expect(await reader!.nextEvent()).toMatchObject({ event: "refetch", data: { type: "refetch" } });
  });

  it("ends the open stream of a user who is deactivated, via a session or an API token", async () => {
    const token = (await createApiToken(handle.db, managerId, { name: "listener" })).token;
    const bySession = await listen({ cookie });
    const byToken = await listen({ authorization: `Bearer ${token}` });
    for (const stream of [bySession, byToken]) expect((await stream.reader!.next())!.id).toMatch(/^\d+$/);
    await handle.db.update(users).set({ active: false }).where(eq(users.id, managerId));
    await publishSync();
    for (const stream of [bySession, byToken]) {
      // Whatever was on its way may still arrive; then the stream ends (the re-check runs every 150 ms here).
      let message = await stream.reader!.next(2_000);
      while (message !== null) message = await stream.reader!.next(2_000);
    }
    expect((await listen({ cookie })).response.status).toBe(401);
    await handle.db.update(users).set({ active: true }).where(eq(users.id, managerId));
  });
});
