// The order-list specs' shared start: an admin API client, the spec's own five sandbox connections, and a
// signed-in browser page whose time zone is fixed (the date filter's days are the browser's days).
import { type APIRequestContext, type Browser, type BrowserContext, type Page, test } from "@playwright/test";
import type { SandboxPlatformId } from "../../lib/sandbox/platforms";
import { E2E } from "../env";
import { signedInContext } from "../support/api";
import { clearFaults, ensureSandboxConnections, PLATFORMS } from "../support/sandbox";
import { signIn } from "../support/ui";

// November in Bucharest is UTC+2: a day filter must start at local midnight, not UTC's.
export const TIME_ZONE = "Europe/Bucharest";

export interface ListSession {
  api: APIRequestContext;
  ids: Record<SandboxPlatformId, string>;
  context: BrowserContext;
  page: Page;
  /** `connection=<the five>`: only this spec's connections, whatever other specs add. */
  five: string;
}

export async function openListSession(browser: Browser): Promise<ListSession> {
  const api = await signedInContext(E2E.admin.email, E2E.admin.password);
  const ids = await ensureSandboxConnections(api);
  const context = await browser.newContext({ timezoneId: TIME_ZONE });
  const page = await context.newPage();
  await signIn(page, E2E.admin.email, E2E.admin.password);
  return { api, ids, context, page, five: `connection=${PLATFORMS.map((p) => ids[p]).join(",")}` };
}

/** Also undoes the fault test's changes, should it have stopped half-way. */
export async function closeListSession(session: ListSession | undefined): Promise<void> {
  if (!session) return;
  await clearFaults("retailys");
  await session.api.patch(`/api/connections/${session.ids.retailys}`, { data: { options: {} } });
  await session.context.close();
  await session.api.dispose();
}

/**
 * For a spec file: its tests run in order (they share one page), each with time for several filtered pages
 * from five live (sandbox) platforms on a busy machine; the session opens before them and closes after.
 * The returned object is filled in by beforeAll.
 */
export function listSessionForSpec(): ListSession {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  const session = {} as ListSession;
  test.beforeAll(async ({ browser }) => {
    Object.assign(session, await openListSession(browser));
  });
  test.afterAll(async () => closeListSession(session.api ? session : undefined));
  return session;
}
