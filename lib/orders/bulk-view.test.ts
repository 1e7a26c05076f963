// A job names what it does by a key the browser translates (its label stays English, for the API): its one
// action, or the intent an intent job's label names (such a job stores no action).
import { describe, expect, it } from "vitest";
import type { bulkJobItems, bulkJobs } from "../db/schema";
import { toJobSummary, toJobView } from "./bulk-view";

const job = (fields: Partial<typeof bulkJobs.$inferSelect>): typeof bulkJobs.$inferSelect => ({
  id: "00000000-0000-4000-8000-000000000001",
  userId: "00000000-0000-4000-8000-000000000002",
  action: null,
  label: "",
  state: "ready",
  createdAt: new Date("2026-11-24T10:00:00Z"),
  startedAt: null,
  finishedAt: null,
  startedIp: null,
  leaseOwner: null,
  leaseUntil: null,
  ...fields,
});

describe("a bulk job's kind", () => {
  it("is the intent for an intent job, the action type (and status) for an action job", () => {
    expect(toJobSummary(job({ label: "Mark as shipped" })).kind).toEqual({ intent: "ship" });
    expect(toJobSummary(job({ label: "Mark as delivered" })).kind).toEqual({ intent: "deliver" });
    expect(toJobSummary(job({ action: { type: "cancel" }, label: "Cancel order" })).kind).toEqual({ type: "cancel" });
    expect(toJobSummary(job({ action: { type: "set-status", status: "12" }, label: "Set status to 12" })).kind).toEqual(
      {
        type: "set-status",
        status: "12",
      },
    );
    expect(toJobSummary(job({ label: "Something else" })).kind).toBeNull();
  });
});

describe("a bulk job's items", () => {
  const item = (id: number, connectionId: string): typeof bulkJobItems.$inferSelect => ({
    id,
    jobId: "00000000-0000-4000-8000-000000000001",
    connectionId,
    orderId: String(id),
    orderNumber: `N-${id}`,
    action: null,
    state: "done",
    message: null,
    attempts: 1,
    durationMs: 100,
    updatedAt: new Date("2026-11-24T10:00:00Z"),
  });

  it("name their connection, and leave a removed one's name to the page's language", () => {
    const kept = "00000000-0000-4000-8000-0000000000aa";
    const removed = "00000000-0000-4000-8000-0000000000bb";
    const view = toJobView(job({ state: "finished" }), [item(1, kept), item(2, removed)], new Map([[kept, "Praha"]]));
    expect(view.items.map((i) => i.connectionName)).toEqual(["Praha", null]);
  });
});
