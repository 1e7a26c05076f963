// Bulk actions: a stored dry run (each order re-read live: applies, or skipped with the reason), then a run
// (bulk-run.ts) that performs each through the same path as a single action (idempotent, audited), within
// each connection's concurrency and rate limits, storing every outcome as it lands.
import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../db";
import { bulkJobItems, bulkJobs } from "../db/schema";
import { type ActionInput, type ActionIntent, type AvailableAction, INTENT_LABELS } from "../domain/action";
import type { BulkJobInput, BulkJobView } from "../domain/bulk";
import { ConflictError, NotFoundError } from "../domain/errors";
import type { CurrentUser } from "../domain/user";
import { bulkLabel, toJobView } from "./bulk-view";
import { liveConnections } from "./connection-cache";
import { getOrderDetail } from "./order-detail";
import { leaseFromNow, runJob } from "./bulk-run";
import { logError } from "../db/log-error";

function allows(actions: AvailableAction[], input: ActionInput): boolean {
  if (input.type !== "set-status") return actions.some((action) => action.type === input.type);
  return actions.some(
    (action) =>
      action.type === "set-status" &&
      (action.status?.code === input.status || action.statusOptions?.some((option) => option.code === input.status)),
  );
}

type Choice = { action: ActionInput } | { skip: string };

/** The action this order's platform offers for the intent, or why it has none it can run without asking. */
function actionFor(actions: AvailableAction[], intent: ActionIntent, notNow: string): Choice {
  for (const action of actions) {
    if (action.type !== "set-status") continue;
    if (action.intent === intent && action.status)
      return { action: { type: "set-status", status: action.status.code } };
    const option = action.statusOptions?.find((candidate) => candidate.intent === intent);
    if (option) return { action: { type: "set-status", status: option.code } };
  }
  const asking = actions.find((action) => action.intent === intent && action.requires?.length);
  return { skip: asking ? `This platform does it with "${asking.label}", which needs details for each order` : notNow };
}

/** Checks one order live: the action the run will perform on it, or skipped with the reason. */
async function check(db: Db, input: BulkJobInput, connectionId: string, orderId: string) {
  try {
    const { order, actions } = await getOrderDetail(db, connectionId, orderId);
    const notNow = `Not allowed while the order is "${order.status.label}"`;
    const choice: Choice = input.intent
      ? actionFor(actions, input.intent, notNow)
      : input.action && allows(actions, input.action)
        ? { action: input.action }
        : { skip: notNow };
    const base = { connectionId, orderId, orderNumber: order.number };
    return "skip" in choice
      ? { ...base, action: null, state: "skipped" as const, message: choice.skip }
      : { ...base, action: choice.action, state: "pending" as const, message: null };
  } catch (error) {
    const message = `Could not read the order: ${error instanceof Error ? error.message : "unknown error"}`;
    return { connectionId, orderId, orderNumber: null, action: null, state: "skipped" as const, message };
  }
}

export async function previewBulk(db: Db, user: CurrentUser, input: BulkJobInput): Promise<BulkJobView> {
  const checks = await Promise.all(
    input.orders.map(({ connectionId, orderId }) => check(db, input, connectionId, orderId)),
  );
  const label = input.intent ? INTENT_LABELS[input.intent] : bulkLabel(input.action!);
  const [job] = await db
    .insert(bulkJobs)
    .values({ userId: user.id, action: input.action ?? null, label })
    .returning();
  await db.insert(bulkJobItems).values(checks.map((check) => ({ ...check, jobId: job!.id })));
  return getBulkJob(db, user, job!.id);
}

async function loadJob(db: Db, user: CurrentUser, id: string) {
  const [job] = await db.select().from(bulkJobs).where(eq(bulkJobs.id, id)).limit(1);
  // Jobs are personal: another user's job id is simply not found.
  if (!job || job.userId !== user.id) throw new NotFoundError("The bulk action");
  return job;
}

export async function getBulkJob(db: Db, user: CurrentUser, id: string): Promise<BulkJobView> {
  const job = await loadJob(db, user, id);
  const items = await db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, id)).orderBy(asc(bulkJobItems.id));
  // A running job is polled every 700 ms: the names come from the connections kept for the order list.
  const names = new Map((await liveConnections(db)).map((conn) => [conn.id, conn.name]));
  return toJobView(job, items, names);
}

export async function listBulkJobs(db: Db, user: CurrentUser) {
  return db.select().from(bulkJobs).where(eq(bulkJobs.userId, user.id)).orderBy(desc(bulkJobs.createdAt)).limit(20);
}

/** Starts (or, with `retry`, restarts the failed orders of) a job in the background and returns at once. */
export async function startBulkJob(
  db: Db,
  user: CurrentUser,
  id: string,
  ip: string,
  retry = false,
): Promise<BulkJobView> {
  const job = await loadJob(db, user, id);
  if (job.state === "running") throw new ConflictError("This bulk action is already running.", "in_progress");
  if (retry) {
    await db
      .update(bulkJobItems)
      .set({ state: "pending", updatedAt: new Date() })
      .where(and(eq(bulkJobItems.jobId, id), eq(bulkJobItems.state, "failed")));
  } else if (job.state !== "ready") {
    throw new ConflictError("This bulk action has already run; retry its failed orders instead.", "already_run", {
      subject: "bulk",
    });
  }
  await db
    .update(bulkJobs)
    .set({ state: "running", startedAt: new Date(), finishedAt: null, startedIp: ip, ...leaseFromNow() })
    .where(eq(bulkJobs.id, id));
  void runJob(db, user, id, job.action, ip).catch((error: unknown) => logError("bulk job crashed", error));
  return getBulkJob(db, user, id);
}
