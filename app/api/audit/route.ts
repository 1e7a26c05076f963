// GET /api/audit – the audit log, newest first, filtered and paged (admin)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { listAuditEvents } from "@/lib/audit/query";
import { auditQuery } from "@/lib/domain/audit";

export const GET = route({ permission: "audit:read", query: auditQuery }, async ({ db, query }) => {
  const page = await listAuditEvents(db, query);
  return page satisfies ApiResponse<"GET /api/audit">;
});
