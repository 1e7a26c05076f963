// Where a reconnecting client says it stopped: the Last-Event-ID header (EventSource sends it by itself), or
// `?lastEventId=` from clients that cannot set headers.
import { z } from "zod";

const eventId = z
  .string()
  .regex(/^\d{1,15}$/)
  .transform(Number);

/** null: a fresh stream; "unknown": an id that is none of ours (the client is told to refetch). */
export function parseLastEventId(header: string | null, query: string | undefined): number | "unknown" | null {
  const sent = header?.trim() || query?.trim();
  if (!sent) return null;
  const parsed = eventId.safeParse(sent);
  return parsed.success ? parsed.data : "unknown";
}
