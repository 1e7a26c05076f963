// The list cursor: opaque to clients, it records each connection's own position — the adapter's cursor of
// the page holding its next unseen order, and the sort key of the last order shown — so paging forward never
// repeats or skips an order, whatever paging scheme each platform uses. Exhausted connections stay in it as
// done: a connection the cursor does not name is not part of this walk (it joins from the first page).
import "server-only";
import { z } from "zod";
import { InvalidInputError } from "../domain/errors";
import { fieldIssue } from "../domain/issues";

export interface SortKey {
  placedAt: string;
  total: string;
  id: string;
}

export interface ConnectionPosition {
  /** The adapter's cursor of the page to read next (null = its first page). */
  page: string | null;
  /** The last order already shown from this connection (orders up to it are skipped when the page is re-read). */
  after: SortKey | null;
  done: boolean;
}

const positionSchema = z.object({
  page: z.string().nullable(),
  after: z.object({ placedAt: z.string(), total: z.string(), id: z.string() }).nullable(),
  done: z.boolean(),
});
const cursorSchema = z.object({ v: z.literal(1), positions: z.record(z.string(), positionSchema) });

export function encodeCursor(positions: Record<string, ConnectionPosition>): string {
  return Buffer.from(JSON.stringify({ v: 1, positions }), "utf8").toString("base64url");
}

/** Where a connection starts when the list starts (no cursor). */
export const FIRST_PAGE: ConnectionPosition = { page: null, after: null, done: false };
/** Where a connection is when the walk already passed its end, or it was not part of the walk. */
export const EXHAUSTED: ConnectionPosition = { page: null, after: null, done: true };

/** The positions a cursor holds; null when there is no cursor (the first page). */
export function decodeCursor(cursor: string | undefined): Record<string, ConnectionPosition> | null {
  if (!cursor) return null;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))).positions;
  } catch {
    throw InvalidInputError.of([fieldIssue("query.cursor", "cursorInvalid")]);
  }
}
