// The route table (app/api/route-table.ts) over real HTTP against the production build: every API route ×
// {anonymous, manager, fulfillment, admin} → the expected status, incl. next-auth's own routes.
import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { type Caller, ROUTE_TABLE, type RouteRow } from "../app/api/route-table";
import { E2E } from "./env";
import { bearerContext, createToken, createUser, signedInContext, uniqueEmail } from "./support/api";

const ROLES = ["manager", "fulfillment", "admin"] as const;
const clients = {} as Record<Caller, APIRequestContext>;
let throwawayUserId: string;

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
    clients[role] = await bearerContext(token);
  }
  clients.anonymous = await request.newContext({ baseURL: E2E.baseUrl });
  throwawayUserId = await createUser(admin, { email: uniqueEmail("throwaway"), name: "Throwaway", role: "manager", password: "route-table-password" });
  await admin.dispose();
});

test.afterAll(async () => {
  for (const client of Object.values(clients)) await client.dispose();
});

async function resolvePath(row: RouteRow, caller: Caller): Promise<string> {
  let path = row.path.replace(":user", throwawayUserId);
  if (path.includes(":token")) {
    const owner = caller === "anonymous" ? clients.admin : clients[caller];
    path = path.replace(":token", (await createToken(owner, "to revoke")).id);
  }
  return path;
}

for (const row of ROUTE_TABLE) {
  test(`${row.method} ${row.path} → ${JSON.stringify(row.expect)}`, async () => {
    for (const caller of ["anonymous", ...ROLES] as const) {
      const path = await resolvePath(row, caller);
      const response = await clients[caller].fetch(path, { method: row.method, data: row.body?.(caller), maxRedirects: 0 });
      expect(response.status(), `${caller}: ${await response.text()}`).toBe(row.expect[caller]);
    }
  });
}
