// "Test connection" against a platform that echoes the API key back JSON-escaped ("Zx9\/Qw", "\u005a…") in its
// error body: the key reaches neither the message the admin sees, nor the connection's lastError (which every
// role reads), nor the audit log. Over real HTTP, with the Retailys adapter, on PGlite.
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/client";
import { auditEvents, users } from "../db/schema";
import type { CurrentUser } from "../domain/user";
import { resetEnvForTests } from "../env";
import { openTestDatabase } from "../testing/databases";
import { checkConnection } from "./connection-check";
import { getConnectionRow } from "./connection-rows";
import { createConnection } from "./connections";

const KEY = "Zx9/Qw+r8Lk2-retailys";
const ESCAPES: Record<string, (text: string) => string> = {
  slash: (text) => text.replaceAll("/", "\\/"),
  unicode: (text) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join(""),
};

let server: Server;
let base = "";
let handle: DbHandle;
let admin: CurrentUser;

beforeAll(async () => {
  // Retailys' error body is {message, detail}: this one quotes the key it was sent, escaped as the path says.
  server = createServer((req, res) => {
    const spell = ESCAPES[new URL(req.url ?? "/", "http://x").pathname.split("/")[1] ?? ""] ?? ((t: string) => t);
    res.writeHead(401, { "content-type": "application/json" });
    res.end(`{"message":"Unauthorized","detail":"token ${spell(String(req.headers.token))} is not valid"}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-check-"));
  process.env.UPSTREAM_ALLOW_PRIVATE = "1";
  resetEnvForTests();
  handle = await openTestDatabase("pglite");
  const [row] = await handle.db
    .insert(users)
    .values({ email: "a@example.com", name: "A", role: "admin", passwordHash: "x" })
    .returning();
  admin = { id: row!.id, email: row!.email, name: row!.name, role: "admin" };
}, 60_000);

afterAll(async () => {
  await handle?.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("a connection test whose platform echoes the key JSON-escaped", () => {
  it.each(Object.keys(ESCAPES))(
    "keeps the key (escaped as %s) out of the message, lastError and audit",
    async (kind) => {
      const input = {
        name: `echo ${kind}`,
        platform: "retailys",
        baseUrl: `${base}/${kind}`,
        credentials: { token: KEY },
      };
      const { id } = await createConnection(handle.db, admin, { ...input, options: {} }, "::1");
      const check = await checkConnection(handle.db, admin, id, "::1");
      expect(check.ok).toBe(false);
      // The platform's own words still come through, only the key is gone.
      expect(check.message).toBe("Unauthorized — token [redacted] is not valid");
      const { lastError } = await getConnectionRow(handle.db, id);
      const audit = await handle.db.select().from(auditEvents).where(eq(auditEvents.targetId, id));
      const written = [check.message, lastError, JSON.stringify(audit)].join("\n");
      for (const spelling of [KEY, ...Object.values(ESCAPES).map((spell) => spell(KEY))])
        expect(written).not.toContain(spelling);
    },
  );
});
