// The order-list specs' shared start: an admin API client, the spec's own five sandbox connections, and a
// signed-in browser page whose time zone is fixed (the date filter's days are the browser's days).
import type { APIRequestContext, Browser, BrowserContext, Page } from "@playwright/test";
import type { SandboxPlatformId } from "../../lib/sandbox/core/types";
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
