// A browser context carrying an API context's session cookie: signing in through the page costs a slow
// password hash per user on a busy machine, and the login page has its own spec.
import type { APIRequestContext, Browser, BrowserContext, Page } from "@playwright/test";

export async function pageAs(
  browser: Browser,
  api: APIRequestContext,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ storageState: await api.storageState() });
  return { context, page: await context.newPage() };
}
