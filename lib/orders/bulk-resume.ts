// Bulk jobs whose instance died: a job still "running" whose lease ran out is taken over by another instance
// (its sync worker looks every tick). Orders that were being changed at that moment may or may not have been
// changed on the platform, so they are not sent again: they are marked failed with a note to check them (the
// user's "Retry failed" sends them again on purpose). The rest of the job runs here.
import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db";
import { bulkJobItems, bulkJobs, users } from "../db/schema";
import type { CurrentUser } from "../domain/user";
import { INSTANCE_ID } from "../instance";
import { leaseFromNow, runJob } from "./bulk-run";
import { logError } from "../db/log-error";

export const INTERRUPTED =
  "Interrupted: Orderdeck stopped while this order was being changed. Check the order on its platform, then retry if needed.";

/** Takes over the abandoned jobs and runs them in this process; answers their ids. */
export async function resumeAbandonedBulkJobs(db: Db, owner = INSTANCE_ID): Promise<string[]> {
  const taken = await db
    .update(bulkJobs)
    .set(leaseFromNow(owner))
    .where(and(eq(bulkJobs.state, "running"), or(isNull(bulkJobs.leaseUntil), lt(bulkJobs.leaseUntil, sql`now()`))))
    .returning();
  for (const job of taken) {
    await db
      .update(bulkJobItems)
      .set({ state: "failed", message: INTERRUPTED, updatedAt: new Date() })
      .where(and(eq(bulkJobItems.jobId, job.id), eq(bulkJobItems.state, "running")));
    const [row] = await db.select().from(users).where(eq(users.id, job.userId));
    if (!row) continue;
    const user: CurrentUser = { id: row.id, email: row.email, name: row.name, role: row.role };
    void runJob(db, user, job.id, job.action, job.startedIp ?? "", owner).catch((error: unknown) =>
      logError("bulk job crashed", error),
    );
  }
  return taken.map((job) => job.id);
}
