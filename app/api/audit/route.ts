// GET /api/audit – the audit log, newest first, filtered and paged (admin)
import { route } from "@/lib/api/handler";
import { listAuditEvents } from "@/lib/audit/query";
import { auditQuery } from "@/lib/domain/audit";

export const GET = route({ permission: "audit:read", query: auditQuery }, async ({ db, query }) =>
  listAuditEvents(db, query),
);
