// GET /api/health – liveness and database reachability for load balancers (public, no details)
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db";

export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: { code: "database_unavailable", message: "The database cannot be reached." } }, { status: 503 });
  }
}
