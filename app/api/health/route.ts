// GET /api/health – liveness and database reachability for load balancers (public, no details)
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import type { ApiErrorBody } from "@/lib/domain/api-error";
import type { ApiResponse } from "@/lib/domain/api-routes";

export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return Response.json({ ok: true } satisfies ApiResponse<"GET /api/health">);
  } catch {
    const body = {
      ok: false,
      error: { code: "database_unavailable", message: "The database cannot be reached." },
    } as const;
    return Response.json(body satisfies ApiErrorBody & { ok: false }, { status: 503 });
  }
}
