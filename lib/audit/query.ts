// Reading the audit log: newest first, filtered, keyset-paged by id (stable while new events arrive).
import "server-only";
import { and, desc, eq, gte, lt, lte, type SQL } from "drizzle-orm";
import type { Db } from "../db";
import { auditEvents } from "../db/schema";
import type { AuditPage, AuditQuery } from "../domain/audit";

export async function listAuditEvents(db: Db, query: AuditQuery): Promise<AuditPage> {
  const conditions: SQL[] = [];
  if (query.actor) conditions.push(eq(auditEvents.actorId, query.actor));
  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  if (query.targetType) conditions.push(eq(auditEvents.targetType, query.targetType));
  if (query.targetId) conditions.push(eq(auditEvents.targetId, query.targetId));
  if (query.from) conditions.push(gte(auditEvents.at, new Date(query.from)));
  if (query.to) conditions.push(lte(auditEvents.at, new Date(query.to)));
  if (query.before) conditions.push(lt(auditEvents.id, query.before));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    events: page.map((row) => ({ ...row, at: row.at.toISOString() })),
    nextBefore: rows.length > query.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
