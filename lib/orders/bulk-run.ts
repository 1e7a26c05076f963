// Running a bulk job: each order through the same path as a single action (idempotent, audited), as many at a
// time as its connection allows, every outcome stored as it lands. The running instance holds the job's lease
// and renews it; if the instance dies, another finishes the job (bulk-resume.ts).
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import pLimit from "p-limit";
import type { Db } from "../db";
import { bulkJobItems, bulkJobs } from "../db/schema";
import type { ActionInput } from "../domain/action";
import type { CurrentUser } from "../domain/user";
import { INSTANCE_ID } from "../instance";
import { performAction } from "./actions";
import { listConnectionRows } from "./connection-rows";
import { concurrencyOf } from "./upstream";
import { logError } from "../db/log-error";

export const BULK_LEASE_SECONDS = 30;
const RENEW_EVERY_MS = 10_000;

export function leaseFromNow(owner = INSTANCE_ID) {
  return { leaseOwner: owner, leaseUntil: sql`now() + make_interval(secs => ${BULK_LEASE_SECONDS})` };
}

/** Renews the job's lease while `work` runs. */
async function holdingLease<T>(db: Db, jobId: string, owner: string, work: () => Promise<T>): Promise<T> {
  const renew = setInterval(() => {
    void db
      .update(bulkJobs)
      .set(leaseFromNow(owner))
      .where(and(eq(bulkJobs.id, jobId), eq(bulkJobs.leaseOwner, owner)))
      .catch((error: unknown) => logError("bulk: renewing a job's lease failed", error));
  }, RENEW_EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(renew);
  }
}

export async function runJob(
  db: Db,
  user: CurrentUser,
  jobId: string,
  jobAction: ActionInput | null,
  ip: string,
  owner = INSTANCE_ID,
): Promise<void> {
  await holdingLease(db, jobId, owner, () => runPending(db, user, jobId, jobAction, ip));
  await db
    .update(bulkJobs)
    .set({ state: "finished", finishedAt: new Date(), leaseOwner: null, leaseUntil: null })
    .where(eq(bulkJobs.id, jobId));
}

async function runPending(db: Db, user: CurrentUser, jobId: string, jobAction: ActionInput | null, ip: string) {
  const items = await db
    .select()
    .from(bulkJobItems)
    .where(and(eq(bulkJobItems.jobId, jobId), eq(bulkJobItems.state, "pending")));
  const connections = new Map((await listConnectionRows(db)).map((row) => [row.id, row]));
  const byConnection = new Map<string, typeof items>();
  for (const item of items) byConnection.set(item.connectionId, [...(byConnection.get(item.connectionId) ?? []), item]);
  await Promise.all(
    [...byConnection].map(([connectionId, group]) => {
      // As many orders at a time as the connection allows calls in flight (its transport enforces it too).
      const connection = connections.get(connectionId);
      const limit = pLimit(connection ? concurrencyOf(connection) : 1);
      // Jobs stored before intents existed have the action on the job only.
      return Promise.all(
        group.map((item) => limit(() => runItem(db, user, jobId, item, item.action ?? jobAction, ip))),
      );
    }),
  );
}

async function runItem(
  db: Db,
  user: CurrentUser,
  jobId: string,
  item: typeof bulkJobItems.$inferSelect,
  action: ActionInput | null,
  ip: string,
) {
  const attempt = item.attempts + 1;
  await db
    .update(bulkJobItems)
    .set({ state: "running", attempts: attempt, updatedAt: new Date() })
    .where(eq(bulkJobItems.id, item.id));
  const started = performance.now();
  let state: "done" | "failed" = "failed";
  let message: string | null;
  try {
    if (!action) throw new Error("This order has no action to run");
    const outcome = await performAction(
      db,
      user,
      {
        connectionId: item.connectionId,
        orderId: item.orderId,
        input: action,
        idempotencyKey: `bulk:${jobId}:${item.id}:${attempt}`,
      },
      ip,
    );
    state = outcome.ok ? "done" : "failed";
    message = outcome.ok ? (outcome.result.notice ?? null) : outcome.error.message;
  } catch (error) {
    message = error instanceof Error ? error.message : "The action failed unexpectedly";
  }
  await db
    .update(bulkJobItems)
    .set({ state, message, durationMs: Math.round(performance.now() - started), updatedAt: new Date() })
    .where(and(eq(bulkJobItems.id, item.id), inArray(bulkJobItems.state, ["running"])));
}
