// The database layer on both engines: migrations, first-start bootstrap, users, tokens, audit
// (the sign-in throttle and sessions have their own tests in lib/auth).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../audit/query";
import { recordAudit } from "../audit/record";
import { createApiToken, findActiveToken, revokeApiToken } from "../auth/api-tokens";
import { verifyPassword } from "../auth/password";
import { resetEnvForTests } from "../env";
import { openTestDatabase, TEST_DB_KINDS } from "../testing/databases";
import { createUser, updateUser } from "../users/service";
import { bootstrap } from "./bootstrap";
import type { DbHandle } from "./client";
import { auditEvents, users } from "./schema";

describe.each(TEST_DB_KINDS)("database on %s", (kind) => {
  let handle: DbHandle;

  beforeAll(async () => {
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "orderdeck-db-"));
    process.env.ADMIN_EMAIL = "Root@Example.com";
    process.env.ADMIN_PASSWORD = "correct horse battery";
    process.env.DEMO = "0";
    resetEnvForTests();
    handle = await openTestDatabase(kind);
  });

  afterAll(async () => {
    await handle?.close();
  });

  it("bootstraps the first admin from ADMIN_EMAIL / ADMIN_PASSWORD, once", async () => {
    await bootstrap(handle.db);
    await bootstrap(handle.db);
    const rows = await handle.db.select().from(users);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: "root@example.com", role: "admin", active: true, sessionVersion: 1 });
    expect(await verifyPassword("correct horse battery", rows[0]!.passwordHash)).toBe(true);
    expect(await verifyPassword("wrong horse battery", rows[0]!.passwordHash)).toBe(false);
  });

  it("creates users, refuses a duplicate email, and ends sessions on role change or deactivation", async () => {
    const [admin] = await handle.db.select().from(users).where(eq(users.email, "root@example.com"));
    const actor = { id: admin!.id, email: admin!.email, name: admin!.name, role: admin!.role };
    const created = await createUser(
      handle.db,
      actor,
      { email: "pat@example.com", name: "Pat", role: "fulfillment", password: "long enough password" },
      "10.0.0.1",
    );
    expect(created).toMatchObject({ email: "pat@example.com", role: "fulfillment", active: true });
    await expect(
      createUser(
        handle.db,
        actor,
        { email: "pat@example.com", name: "Pat 2", role: "manager", password: "long enough password" },
        "10.0.0.1",
      ),
    ).rejects.toMatchObject({ kind: "conflict" });

    await updateUser(handle.db, actor, created.id, { name: "Pat Lee" }, "10.0.0.1");
    const renamed = await handle.db.select().from(users).where(eq(users.id, created.id));
    expect(renamed[0]).toMatchObject({ name: "Pat Lee", sessionVersion: 1 });

    await updateUser(handle.db, actor, created.id, { role: "manager" }, "10.0.0.1");
    await updateUser(handle.db, actor, created.id, { active: false }, "10.0.0.1");
    const after = await handle.db.select().from(users).where(eq(users.id, created.id));
    expect(after[0]).toMatchObject({ role: "manager", active: false, sessionVersion: 3 });

    const trail = await listAuditEvents(handle.db, { targetType: "user", targetId: created.id, limit: 10 });
    expect(trail.events.map((event) => event.action)).toEqual([
      "user.update",
      "user.update",
      "user.update",
      "user.create",
    ]);
    expect(trail.events[0]!.details).toMatchObject({ changes: { active: { from: true, to: false } } });
  });

  it("never deactivates or demotes the last active admin", async () => {
    const [admin] = await handle.db.select().from(users).where(eq(users.email, "root@example.com"));
    const actor = { id: admin!.id, email: admin!.email, name: admin!.name, role: admin!.role };
    await expect(updateUser(handle.db, actor, admin!.id, { active: false }, "::1")).rejects.toMatchObject({
      kind: "conflict",
      code: "last_admin",
    });
    await expect(updateUser(handle.db, actor, admin!.id, { role: "manager" }, "::1")).rejects.toMatchObject({
      code: "last_admin",
    });
    const second = await createUser(
      handle.db,
      actor,
      { email: "second@example.com", name: "Second", role: "admin", password: "long enough password" },
      "::1",
    );
    await updateUser(handle.db, actor, admin!.id, { role: "manager" }, "::1");
    await expect(updateUser(handle.db, actor, second.id, { active: false }, "::1")).rejects.toMatchObject({
      code: "last_admin",
    });
  });

  it("API tokens resolve while active and stop once revoked or expired", async () => {
    const [owner] = await handle.db.select().from(users).where(eq(users.email, "second@example.com"));
    const { token, summary } = await createApiToken(handle.db, owner!.id, { name: "script" });
    expect(token).toMatch(/^od_[A-Za-z0-9_-]{43}$/);
    expect(summary.prefix).toBe(token.slice(0, 10));
    expect((await findActiveToken(handle.db, token))?.owner.id).toBe(owner!.id);
    expect(await findActiveToken(handle.db, `${token}x`)).toBeNull();
    expect(await revokeApiToken(handle.db, owner!.id, summary.id)).toMatchObject({ id: summary.id });
    expect(await findActiveToken(handle.db, token)).toBeNull();
    expect(await revokeApiToken(handle.db, owner!.id, summary.id)).toBeNull();
  });

  it("keeps secrets out of audit details and pages the log newest first", async () => {
    await recordAudit(handle.db, {
      actor: null,
      action: "user.update",
      target: { type: "user", id: "secret-test" },
      outcome: "success",
      details: { password: "hunter2", nested: { apiSecret: "s3cr3t", visible: "yes" } },
    });
    const [row] = await handle.db.select().from(auditEvents).where(eq(auditEvents.targetId, "secret-test"));
    expect(JSON.stringify(row!.details)).not.toMatch(/hunter2|s3cr3t/);
    expect(row!.details).toEqual({ password: "[redacted]", nested: { apiSecret: "[redacted]", visible: "yes" } });

    const first = await listAuditEvents(handle.db, { limit: 2 });
    expect(first.events).toHaveLength(2);
    expect(first.events[0]!.id).toBeGreaterThan(first.events[1]!.id);
    const second = await listAuditEvents(handle.db, { limit: 2, before: first.nextBefore! });
    expect(second.events[0]!.id).toBeLessThan(first.events[1]!.id);
    const none = await listAuditEvents(handle.db, { limit: 5, from: new Date(Date.now() + 60_000).toISOString() });
    expect(none).toEqual({ events: [], nextBefore: null });
  });
});
