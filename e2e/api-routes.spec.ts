// The route table (lib/testing/route-table.ts) over real HTTP against the production build: every API route ×
// {anonymous, manager, fulfillment, admin} → the expected status, incl. next-auth's own routes.
import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { type Caller, type Refs, ROUTE_TABLE, type RouteRow } from "../lib/testing/route-table";
import { SANDBOX_CREDENTIALS } from "../lib/sandbox/credentials";
import { E2E } from "./env";
import { bearerContext, createToken, createUser, signedInContext, uniqueEmail } from "./support/api";
import { ensureSandboxConnections, sandboxBaseUrl } from "./support/sandbox";

const ROLES = ["manager", "fulfillment", "admin"] as const;
const clients = {} as Record<Caller, APIRequestContext>;
const tokens: Partial<Record<Caller, string>> = {};
let throwawayUserId: string;
let refs: Refs;

test.beforeAll(async () => {
  const admin = await signedInContext(E2E.admin.email, E2E.admin.password);
  for (const role of ROLES) {
    let token: string;
    if (role === "admin") token = (await createToken(admin, "route table")).token;
    else {
      const email = uniqueEmail(role);
      await createUser(admin, { email, name: `Route ${role}`, role, password: "route-table-password" });
      const session = await signedInContext(email, "route-table-password");
      token = (await createToken(session, "route table")).token;
      await session.dispose();
    }
    tokens[role] = token;
    clients[role] = await bearerContext(token);
  }
  clients.anonymous = await request.newContext({ baseURL: E2E.baseUrl });
  throwawayUserId = await createUser(admin, {
    email: uniqueEmail("throwaway"),
    name: "Throwaway",
    role: "manager",
    password: "route-table-password",
  });
  const connections = await ensureSandboxConnections(admin);
  const open = await (await request.newContext()).get(
    `${sandboxBaseUrl("retailys")}/v1/System/Orders?per_page=10&canceled=false&done=false`,
    {
      headers: { token: SANDBOX_CREDENTIALS.retailys.token },
    },
  );
  refs = {
    connection: connections.retailys,
    order: String(((await open.json()) as { orders: { id: number }[] }).orders[0]!.id),
  };
  await admin.dispose();
});

test.afterAll(async () => {
  for (const client of Object.values(clients)) await client.dispose();
});

async function created(client: APIRequestContext, path: string, data: unknown): Promise<string> {
  const response = await client.post(path, { data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  const body = (await response.json()) as Record<string, { id: string }>;
  return Object.values(body)[0]!.id;
}

/** Fills the placeholders with ids made for this caller and call, through the API itself. */
async function resolvePath(row: RouteRow, caller: Caller): Promise<string> {
  const owner = caller === "anonymous" || caller === "manager" ? clients.admin : clients[caller];
  const viewOwner = caller === "anonymous" ? clients.admin : clients[caller];
  const makers: Record<string, () => Promise<string>> = {
    ":user": async () => throwawayUserId,
    ":token": async () => (await createToken(caller === "anonymous" ? clients.admin : clients[caller], "to revoke")).id,
    ":newConnection": () =>
      created(clients.admin, "/api/connections", {
        name: `Doomed ${Math.random()}`,
        platform: "retailys",
        baseUrl: "http://127.0.0.1:9",
        credentials: { token: "x-token" },
      }),
    ":connection": async () => refs.connection,
    ":order": async () => refs.order,
    ":job": () =>
      created(owner, "/api/bulk-jobs", {
        action: { type: "add-note", text: "route table" },
        orders: [{ connectionId: refs.connection, orderId: refs.order }],
      }),
    ":view": () => created(viewOwner, "/api/views", { name: `View ${Math.random()}`, query: "?stage=pending" }),
  };
  let path = row.path;
  for (const [placeholder, make] of Object.entries(makers))
    if (path.includes(placeholder)) path = path.replace(placeholder, await make());
  return path;
}

/** A stream's status: Playwright's request context waits for a whole body, and this one never ends. */
async function streamStatus(caller: Caller, path: string): Promise<number> {
  const controller = new AbortController();
  const token = tokens[caller];
  const response = await fetch(`${E2E.baseUrl}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: controller.signal,
  });
  controller.abort();
  return response.status;
}

for (const row of ROUTE_TABLE) {
  test(`${row.method} ${row.path} → ${JSON.stringify(row.expect)}`, async () => {
    for (const caller of ["anonymous", ...ROLES] as const) {
      const path = await resolvePath(row, caller);
      if (row.stream) {
        expect(await streamStatus(caller, path), caller).toBe(row.expect[caller]);
        continue;
      }
      const response = await clients[caller].fetch(path, {
        method: row.method,
        data: row.body?.(caller, refs),
        headers: { "idempotency-key": `route-table-${crypto.randomUUID()}` },
        maxRedirects: 0,
      });
      expect(response.status(), `${caller}: ${await response.text()}`).toBe(row.expect[caller]);
    }
  });
}
