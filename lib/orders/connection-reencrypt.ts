// `npm run reencrypt` (scripts/reencrypt.ts): every stored connection credential sealed again under the primary
// (first) key of ENCRYPTION_KEY, so an old key can be dropped. A row is rewritten only while it still holds the
// value read (an admin's edit in between already sealed it under the primary key). A value whose key is gone is
// reported by connection and left as it is: the others are still done.
import "server-only";
import { and, eq } from "drizzle-orm";
import { resealed } from "../crypto/keyring";
import type { Db } from "../db";
import { connections } from "../db/schema";
import { keyring } from "./connection-secrets";

export interface ReencryptReport {
  primaryId: string;
  /** Connections now sealed under the primary key by this run. */
  resealed: number;
  /** Connections that already were. */
  current: number;
  /** Connections that could not be read, with why (a key no longer in ENCRYPTION_KEY, a damaged value). */
  failed: { id: string; name: string; reason: string }[];
}

export async function reencryptConnections(db: Db): Promise<ReencryptReport> {
  const ring = keyring();
  const report: ReencryptReport = { primaryId: ring.primaryId, resealed: 0, current: 0, failed: [] };
  const rows = await db
    .select({ id: connections.id, name: connections.name, sealed: connections.credentialsSealed })
    .from(connections);
  for (const row of rows) {
    let again: string | null;
    try {
      again = resealed(ring, row.sealed, row.id);
    } catch (error) {
      report.failed.push({ id: row.id, name: row.name, reason: (error as Error).message });
      continue;
    }
    if (again === null) {
      report.current += 1;
      continue;
    }
    const written = await db
      .update(connections)
      .set({ credentialsSealed: again })
      .where(and(eq(connections.id, row.id), eq(connections.credentialsSealed, row.sealed)))
      .returning({ id: connections.id });
    // Not written: edited (so sealed under the primary key) or removed since it was read.
    if (written.length > 0) report.resealed += 1;
    else report.current += 1;
  }
  return report;
}
