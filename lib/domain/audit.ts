import { z } from "zod";
import { ISSUE, issue } from "./issues";

// The audit vocabulary, defined once: the API writes these and the audit page offers them as filters.
export const AUDIT_ACTIONS = {
  "auth.sign_in": "Sign-in",
  "auth.sign_out": "Sign-out",
  "auth.denied": "Access refused",
  "user.create": "User created",
  "user.update": "User changed",
  "user.password_change": "Password changed",
  "user.password_reset": "Password reset",
  "token.create": "API token created",
  "token.revoke": "API token revoked",
  "connection.create": "Connection added",
  "connection.update": "Connection changed",
  "connection.delete": "Connection removed",
  "connection.test": "Connection tested",
  "order.action": "Order action",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The audit log's filters, parsed from the URL by the page and by GET /api/audit alike. */
export const auditQuery = z.object({
  actor: z.uuid({ error: ISSUE.userIdInvalid }).optional(),
  action: z.string().max(64).optional(),
  targetType: z.string().max(40).optional(),
  targetId: z.string().max(200).optional(),
  from: z.iso
    .datetime({ offset: true, error: issue("dateTimeInvalid", { example: "2026-11-01T00:00:00Z" }) })
    .optional(),
  to: z.iso.datetime({ offset: true, error: issue("dateTimeInvalid", { example: "2026-11-30T23:59:59Z" }) }).optional(),
  /** Keyset cursor: return events older than this id. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export interface AuditEventView {
  id: number;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: "success" | "failure" | "denied";
  ip: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  events: AuditEventView[];
  /** Pass as `before` for the next (older) page; null at the end. */
  nextBefore: number | null;
}
