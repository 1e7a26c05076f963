// Test fixture for calling route handlers directly: a migrated PGlite database holding one user per role,
// each with an API token, a Retailys sandbox with a connection to it, and a helper that builds the request
// (filling the route table's placeholders with fresh ids) and calls the route module's export.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { createApiToken } from "@/lib/auth/api-tokens";
import { hashPassword } from "@/lib/auth/password";
import { setDbForTests } from "@/lib/db";
import type { DbHandle } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import type { CurrentUser } from "@/lib/domain/user";
import { resetEnvForTests } from "@/lib/env";
import { previewBulk } from "@/lib/orders/bulk";
import { createConnection } from "@/lib/orders/connections";
import type { RunningSandbox } from "@/lib/sandbox/core/server";
import { SANDBOX_CREDENTIALS, sandboxConnectionCredentials } from "@/lib/sandbox/credentials";
import { createRetailysSandbox } from "@/lib/sandbox/retailys";
import { startTestSandbox } from "@/lib/sandbox/testing";
import { createView } from "@/lib/users/views";
import { openTestDatabase } from "./databases";
import { type Caller, paramsFor, type Refs, type RouteRow } from "./route-table";

export const TEST_ORIGIN = "http://127.0.0.1:3999";

type Role = Exclude<Caller, "anonymous">;

export interface RouteFixture {
  handle: DbHandle;
  sandbox: RunningSandbox;
  tokens: Record<Role, string>;
  users: Record<Role, CurrentUser>;
  userIds: Record<Role, string>;
  throwawayUserId: string;
  refs: Refs;
  close(): Promise<void>;
}

export async function setUpRouteFixture(): Promise<RouteFixture> {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-routes-"));
  process.env.NEXTAUTH_URL = TEST_ORIGIN;
  process.env.DEMO = "0";
  process.env.UPSTREAM_ALLOW_PRIVATE = "1";
  resetEnvForTests();
  const handle = await openTestDatabase("pglite");
  setDbForTests(handle);
  const sandbox = await startTestSandbox({ factories: { retailys: createRetailysSandbox }, count: 12 });
  const passwordHash = await hashPassword("route table password");
  const roles = ["admin", "manager", "fulfillment"] as const;
  const rows = await handle.db
    .insert(users)
    .values(
      [...roles, "manager" as const].map((role, i) => ({
        email: `${role}${i}@example.com`,
        name: `${role} ${i}`,
        role,
        passwordHash,
      })),
    )
    .returning();
  const tokens = {} as Record<Role, string>;
  const people = {} as Record<Role, CurrentUser>;
  const userIds = {} as Record<Role, string>;
  for (const [i, role] of roles.entries()) {
    const row = rows[i]!;
    people[role] = { id: row.id, email: row.email, name: row.name, role };
    userIds[role] = row.id;
    tokens[role] = (await createApiToken(handle.db, row.id, { name: "fixture" })).token;
  }
  const connection = await createConnection(
    handle.db,
    people.admin,
    {
      name: "Retailys sandbox",
      platform: "retailys",
      baseUrl: sandbox.baseUrl("retailys"),
      credentials: sandboxConnectionCredentials("retailys"),
      options: {},
    },
    "::1",
  );
  const open = await fetch(`${sandbox.baseUrl("retailys")}/v1/System/Orders?per_page=10&canceled=false`, {
    headers: { token: SANDBOX_CREDENTIALS.retailys.token },
  });
  const order = ((await open.json()) as { orders: { id: number }[] }).orders[0]!;
  return {
    handle,
    sandbox,
    tokens,
    users: people,
    userIds,
    throwawayUserId: rows[3]!.id,
    refs: { connection: connection.id, order: String(order.id) },
    async close() {
      setDbForTests(undefined);
      await handle.close();
      await sandbox.stop();
    },
  };
}

/** Fills the placeholders of a route-table path with ids made for this caller and call. */
async function fillPath(fixture: RouteFixture, template: string, caller: Caller): Promise<string> {
  const owner = fixture.users[caller === "anonymous" ? "admin" : caller];
  const { db } = fixture.handle;
  const makers: Record<string, () => Promise<string>> = {
    ":user": async () => fixture.throwawayUserId,
    ":token": async () => (await createApiToken(db, owner.id, { name: "to revoke" })).summary.id,
    ":newConnection": async () =>
      (
        await createConnection(
          db,
          fixture.users.admin,
          {
            name: `Doomed ${Math.random()}`,
            platform: "retailys",
            baseUrl: "http://127.0.0.1:9",
            credentials: { token: "x-token" },
            options: {},
          },
          "::1",
        )
      ).id,
    ":connection": async () => fixture.refs.connection,
    ":order": async () => fixture.refs.order,
    ":job": async () =>
      (
        await previewBulk(db, owner, {
          action: { type: "add-note", text: "route table" },
          orders: [{ connectionId: fixture.refs.connection, orderId: fixture.refs.order }],
        })
      ).id,
    ":view": async () => (await createView(db, owner, { name: `View ${Math.random()}`, query: "?stage=pending" })).id,
  };
  let path = template;
  for (const [placeholder, make] of Object.entries(makers))
    if (path.includes(placeholder)) path = path.replace(placeholder, await make());
  return path;
}

export async function callRoute(fixture: RouteFixture, row: RouteRow, caller: Caller): Promise<Response> {
  const url = new URL(await fillPath(fixture, row.path, caller), TEST_ORIGIN);
  const headers = new Headers({
    "content-type": "application/json",
    "idempotency-key": `route-table-${crypto.randomUUID()}`,
  });
  if (caller !== "anonymous") headers.set("authorization", `Bearer ${fixture.tokens[caller]}`);
  const body = row.body ? JSON.stringify(row.body(caller, fixture.refs)) : undefined;
  const request = new NextRequest(url, { method: row.method, headers, body });
  const module = (await import(path.join(process.cwd(), row.file))) as Record<
    string,
    (req: NextRequest, ctx: { params: Promise<Record<string, unknown>> }) => Promise<Response>
  >;
  return module[row.method]!(request, { params: Promise.resolve(paramsFor(row.file, url.pathname)) });
}
