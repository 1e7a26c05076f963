// Bulk actions against the sandbox over HTTP: an intent ("Mark as shipped") becomes each platform's own step
// in the dry run, or a skip with the reason; the run performs those steps and the platforms show them.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkJobItems } from "../db/schema";
import type { ActionIntent } from "../domain/action";
import type { BulkJobView } from "../domain/bulk";
import { orderListQuery } from "../domain/query";
import type { SandboxPlatformId } from "../sandbox/platforms";
import { type SandboxConnections, setUpSandboxConnections } from "../testing/sandbox-connections";
import { getBulkJob, previewBulk, startBulkJob } from "./bulk";
import { getOrderDetail } from "./order-detail";
import { listOrdersLive } from "./live-list";

let fixture: SandboxConnections;

beforeAll(async () => {
  fixture = await setUpSandboxConnections(30);
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

/** The first listed order of the platform's connection whose live actions include one for the intent. */
async function orderOffering(platform: SandboxPlatformId, intent: ActionIntent | null): Promise<string> {
  const connectionId = fixture.ids[platform];
  const page = await listOrdersLive(fixture.handle.db, orderListQuery.parse({ connection: connectionId, limit: "30" }));
  for (const order of page.orders) {
    const { actions } = await getOrderDetail(fixture.handle.db, connectionId, order.id);
    const offers = actions.some((a) => a.intent === intent || a.statusOptions?.some((o) => o.intent === intent));
    if (intent === null || offers) return order.id;
  }
  throw new Error(`no ${platform} order offers ${intent}`);
}

async function finished(jobId: string): Promise<BulkJobView> {
  for (let tries = 0; tries < 200; tries++) {
    const job = await getBulkJob(fixture.handle.db, fixture.admin, jobId);
    if (job.state === "finished") return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the bulk job did not finish");
}

describe("bulk intents", () => {
  it("'Mark as shipped' becomes each platform's own step, skips where there is none, and runs", async () => {
    const { db } = fixture.handle;
    const picks = {
      merchantpro: await orderOffering("merchantpro", "ship"),
      retailys: await orderOffering("retailys", "ship"),
      "ecom-md": await orderOffering("ecom-md", "ship"),
      "akinon-omnitron": await orderOffering("akinon-omnitron", "ship"),
      "akinon-seller-center": await orderOffering("akinon-seller-center", null),
    } satisfies Partial<Record<SandboxPlatformId, string>>;
    const orders = Object.entries(picks).map(([platform, orderId]) => ({
      connectionId: fixture.ids[platform as SandboxPlatformId],
      orderId,
    }));

    const preview = await previewBulk(db, fixture.admin, { intent: "ship", orders });
    expect(preview.label).toBe("Mark as shipped");
    const stored = await db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, preview.id));
    const itemOf = (platform: SandboxPlatformId) => stored.find((item) => item.connectionId === fixture.ids[platform])!;
    expect(itemOf("merchantpro")).toMatchObject({
      state: "pending",
      action: { type: "set-status", status: "shipped" },
    });
    expect(itemOf("retailys")).toMatchObject({ state: "pending", action: { type: "set-status", status: "sent" } });
    expect(itemOf("ecom-md")).toMatchObject({ state: "pending", action: { type: "set-status" } });
    // Omnitron ships by tracking number, which each order needs its own of; Seller Center cannot ship.
    expect(itemOf("akinon-omnitron")).toMatchObject({ state: "skipped", action: null });
    expect(itemOf("akinon-omnitron").message).toMatch(/Add tracking number/);
    expect(itemOf("akinon-seller-center")).toMatchObject({ state: "skipped", action: null });
    expect(itemOf("akinon-seller-center").message).toMatch(/^Not allowed while the order is/);

    await startBulkJob(db, fixture.admin, preview.id, "::1");
    const job = await finished(preview.id);
    expect(job.counts).toMatchObject({ done: 3, failed: 0, skipped: 2 });
    for (const platform of ["merchantpro", "retailys", "ecom-md"] as const) {
      const { order } = await getOrderDetail(db, fixture.ids[platform], picks[platform]);
      expect(order.status.stage, platform).toBe("shipped");
    }
  }, 60_000);
});
