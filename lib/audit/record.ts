// Writes one audit event. Details are JSON and must never hold a secret: keys that look like one are
// replaced before writing, as a second line of defence behind callers that already leave them out.
import "server-only";
import type { Db } from "../db";
import { auditEvents } from "../db/schema";
import type { AuditAction } from "../domain/audit";

export type AuditOutcome = "success" | "failure" | "denied";

export interface AuditInput {
  /** Who acted; null id for an anonymous caller (e.g. a failed sign-in for an unknown email). */
  actor: { id: string | null; email: string | null } | null;
  /** One of the audit vocabulary's kinds, so the audit log can name (and translate) every event. */
  action: AuditAction;
  target?: { type: string; id: string };
  outcome: AuditOutcome;
  ip?: string;
  details?: Record<string, unknown>;
}

const SECRET_KEY = /pass(word)?|secret|token|api[-_]?key|authorization|credential|cookie/i;

export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      SECRET_KEY.test(key) ? "[redacted]" : redactSecrets(item, depth + 1),
    ]),
  );
}

export async function recordAudit(db: Db, input: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    action: input.action,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    outcome: input.outcome,
    ip: input.ip ?? null,
    details: (redactSecrets(input.details ?? {}) as Record<string, unknown>) ?? {},
  });
}

/** A change a signed-in user made to one thing, and it worked: the common case of recordAudit. */
export function recordChange(
  db: Db,
  by: { actor: AuditInput["actor"]; ip: string },
  action: AuditAction,
  target: { type: string; id: string },
  details: Record<string, unknown>,
): Promise<void> {
  return recordAudit(db, { actor: by.actor, action, target, outcome: "success", ip: by.ip, details });
}
