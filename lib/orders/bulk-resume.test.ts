// A bulk job whose instance died mid-run: another instance takes it over once its lease runs out, marks the
// order that was being changed as interrupted (never sends it twice) and runs the rest; a job whose lease
// is alive is left alone.
import { setTimeout as sleep } from "node:timers/promises";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkJobItems, bulkJobs } from "../db/schema";
import { orderListQuery } from "../domain/query";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import { previewBulk } from "./bulk";
import { INTERRUPTED, resumeAbandonedBulkJobs } from "./bulk-resume";
import { listOrdersLive } from "./live-list";

let fixture: SandboxConnections;

beforeAll(async () => {
  fixture = await setUpSandboxConnections(20);
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

async function jobOverThreeOrders() {
  const connectionId = fixture.ids.retailys;
  const page = await listOrdersLive(fixture.handle.db, orderListQuery.parse({ connection: connectionId, limit: "20" }));
  const orders = page.orders.filter((order) => order.status.stage !== "cancelled").slice(0, 3);
  const job = await previewBulk(fixture.handle.db, fixture.admin, {
    action: { type: "add-note", text: "Checked by the night shift" },
    orders: orders.map((order) => ({ connectionId, orderId: order.id })),
  });
  return job.id;
}

/** As a crashed instance leaves it: running, its lease held by "dead", one order mid-change. */
async function abandon(jobId: string, leaseSeconds: number) {
  const { db } = fixture.handle;
  await db
    .update(bulkJobs)
    .set({
      state: "running",
      startedAt: new Date(),
      leaseOwner: "dead",
      leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
    })
    .where(eq(bulkJobs.id, jobId));
  const [first] = await db
    .select()
    .from(bulkJobItems)
    .where(eq(bulkJobItems.jobId, jobId))
    .orderBy(bulkJobItems.id)
    .limit(1);
  await db.update(bulkJobItems).set({ state: "running", attempts: 1 }).where(eq(bulkJobItems.id, first!.id));
  return first!.id;
}

describe("bulk jobs of an instance that died", () => {
  it("are finished by another instance, the interrupted order marked and not sent again", async () => {
    const { db } = fixture.handle;
    const jobId = await jobOverThreeOrders();
    const interrupted = await abandon(jobId, -60);
    fixture.sandbox.log.clear();
    expect(await resumeAbandonedBulkJobs(db, "survivor")).toEqual([jobId]);
    for (let wait = 0; wait < 100; wait++) {
      const [job] = await db.select().from(bulkJobs).where(eq(bulkJobs.id, jobId));
      if (job!.state === "finished") break;
      await sleep(100);
    }
    const items = await db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, jobId));
    expect(items.find((item) => item.id === interrupted)).toMatchObject({ state: "failed", message: INTERRUPTED });
    expect(items.filter((item) => item.id !== interrupted).map((item) => item.state)).toEqual(["done", "done"]);
    const notes = fixture.sandbox.log.list({ platform: "retailys" }).filter((entry) => entry.method === "POST");
    expect(notes).toHaveLength(2);
  }, 60_000);

  it("are left alone while their instance still renews the lease", async () => {
    const jobId = await jobOverThreeOrders();
    await abandon(jobId, 60);
    expect(await resumeAbandonedBulkJobs(fixture.handle.db, "survivor")).toEqual([]);
  }, 60_000);
});
