// The list walk's own position (list-walk.ts), opaque to callers: the direction the tenant's list comes in,
// the instant to read before, the page size the walk started with and, oldest first, the count still ahead.
import { z } from "zod";
import { PlatformError } from "../errors";
import { MAX_PAGE_SIZE } from "./assumed";

const position = z.object({
  dir: z.enum(["newest", "oldest"]),
  before: z.iso.datetime().nullable(),
  size: z.number().int().min(1).max(MAX_PAGE_SIZE),
  count: z.number().int().nonnegative().optional(),
});
export type Position = z.infer<typeof position>;

const PREFIX = "sc1.";
export const encode = (pos: Position) => PREFIX + Buffer.from(JSON.stringify(pos), "utf8").toString("base64url");

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function decode(cursor: string): Position {
  const body = cursor.startsWith(PREFIX) ? Buffer.from(cursor.slice(PREFIX.length), "base64url").toString("utf8") : "";
  const parsed = position.safeParse(jsonOf(body));
  if (parsed.success) return parsed.data;
  throw new PlatformError(
    "bad_response",
    "Akinon Seller Center: this list position was not made here; reload the list",
  );
}
