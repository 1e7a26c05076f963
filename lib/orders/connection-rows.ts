// Reading stored connections as rows: what every other connection module starts from.
import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../db";
import { connections } from "../db/schema";
import { NotFoundError } from "../domain/errors";

export type ConnectionRow = typeof connections.$inferSelect;

export async function listConnectionRows(db: Db): Promise<ConnectionRow[]> {
  return db.select().from(connections).orderBy(asc(connections.name));
}

export async function getConnectionRow(db: Db, id: string): Promise<ConnectionRow> {
  const [row] = await db.select().from(connections).where(eq(connections.id, id)).limit(1);
  if (!row) throw new NotFoundError("The connection");
  return row;
}
