// GET /api/events – the live updates (Server-Sent Events, lib/domain/live-events.ts): orders added or changed in
// the index, sync state changes, refetch. Every role that reads orders may listen. Resumes after Last-Event-ID
// (header, or ?lastEventId= for clients that cannot set one).
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { authenticate } from "@/lib/auth/authenticate";
import { can } from "@/lib/domain/user";
import { parseLastEventId } from "@/lib/events/last-event-id";
import { liveHub } from "@/lib/events/process-hub";
import { openLiveStream } from "@/lib/events/stream";

export const dynamic = "force-dynamic";

const query = z.object({ lastEventId: z.string().max(40).optional() });

export const GET = route({ permission: "orders:read", query }, async ({ req, db, user, query }) => {
  const hub = await liveHub();
  // The re-check reads the session like a request that nobody made: it must not keep an idle session alive.
  const headers = new Headers(req.headers);
  headers.set("accept", "text/event-stream");
  const stream = openLiveStream({
    hub,
    db,
    lastEventId: parseLastEventId(req.headers.get("last-event-id"), query.lastEventId),
    signal: req.signal,
    // Signed out, deactivated, demoted or told to change the password since: the stream ends.
    async stillAllowed() {
      const caller = await authenticate(db, headers, req.cookies).catch(() => null);
      return (
        caller !== null &&
        caller.user.id === user.id &&
        !caller.mustChangePassword &&
        can(caller.user.role, "orders:read")
      );
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      // nginx and its kin buffer responses by default: a buffered event stream arrives all at once, or never.
      "x-accel-buffering": "no",
    },
  });
});
