// An order's history shows co-workers' IPs to admins only: the API's answer has them stripped for other roles.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as history } from "@/app/api/orders/[connectionId]/[orderId]/history/route";
import { createApiToken } from "../auth/api-tokens";
import type { DbHandle } from "../db/client";
import { auditEvents, users } from "../db/schema";
import { ROLES, type Role } from "../domain/user";
import { closeAppTestDatabase, openAppTestDatabase } from "../testing/app-database";

const ORIGIN = "http://127.0.0.1:3995";
const order = { connectionId: crypto.randomUUID(), orderId: "1001" };

let handle: DbHandle;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  handle = await openAppTestDatabase("history", ORIGIN);
  for (const role of ROLES) {
    const [row] = await handle.db
      .insert(users)
      .values({ email: `${role}@example.com`, name: role, role, passwordHash: "x" })
      .returning();
    tokens[role] = (await createApiToken(handle.db, row!.id, { name: "history" })).token;
  }
  // A kind this version does not write (a later one might): the history still shows it.
  await handle.db.insert(auditEvents).values({
    actorEmail: "colleague@example.com",
    action: "order.add-note",
    targetType: "order",
    targetId: `${order.connectionId}/${order.orderId}`,
    outcome: "success",
    ip: "203.0.113.42",
    details: { text: "Called the customer" },
  });
}, 60_000);
afterAll(() => closeAppTestDatabase(handle));

async function read(role: Role) {
  const url = new URL(`/api/orders/${order.connectionId}/${order.orderId}/history`, ORIGIN);
  const request = new NextRequest(url, { headers: { authorization: `Bearer ${tokens[role]}` } });
  const response = await history(request, { params: Promise.resolve(order) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { events: { actorEmail: string; ip: string | null; details: unknown }[] }).events;
}

describe("an order's history", () => {
  it("shows admins where each action came from", async () => {
    expect(await read("admin")).toEqual([
      expect.objectContaining({ actorEmail: "colleague@example.com", ip: "203.0.113.42" }),
    ]);
  });

  it.each(["manager", "fulfillment"] as const)("shows a %s who did what, but not from which IP", async (role) => {
    const events = await read(role);
    expect(events).toEqual([
      expect.objectContaining({
        actorEmail: "colleague@example.com",
        ip: null,
        details: { text: "Called the customer" },
      }),
    ]);
    expect(JSON.stringify(events)).not.toContain("203.0.113.42");
  });
});
