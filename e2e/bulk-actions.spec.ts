// Bulk "Mark as shipped" from the order list: a dry run, a run over 20 MerchantPro orders of which the sandbox
// fails two (fault injection on their paths), "Retry failed" once the fault is cleared, and the stored job
// reopened from a fresh tab. Every outcome is checked against the sandbox's own data.
import { expect, test } from "@playwright/test";
import { E2E } from "./env";
import { findOrders, hasAction } from "./order-detail/find";
import { sandboxOrder } from "./order-detail/sandbox-orders";
import { pageAs } from "./order-detail/session";
import { createUser, signedInContext, uniqueEmail } from "./support/api";
import { clearFaults, ensureSandboxConnections, setFaults } from "./support/sandbox";

const staffUser = {
  email: uniqueEmail("bulk"),
  name: "Bo Bulk",
  role: "fulfillment" as const,
  password: "bulk-password-1",
};

test.afterEach(async () => {
  await clearFaults("merchantpro");
});

test("bulk mark as shipped over 20 orders: 18 done, 2 failed, retry completes them", async ({ browser }) => {
  test.setTimeout(240_000);
  const admin = await signedInContext(E2E.admin.email, E2E.admin.password);
  const ids = await ensureSandboxConnections(admin);
  await createUser(admin, staffUser);
  await admin.dispose();
  const api = await signedInContext(staffUser.email, staffUser.password);
  const connectionId = ids.merchantpro;

  // 20 orders the list shows first (same filters as the page below) that may be marked as shipped.
  const filters = `&stage=pending,processing`;
  const orders = (await findOrders(api, connectionId, hasAction("Mark as shipped"), 20, filters)).map((d) => d.order);
  const failing = orders.slice(0, 2).map((order) => order.id);
  // Reads of those orders still work (the dry run passes); their "shipped" handler answers 500.
  await setFaults("merchantpro", { failPaths: failing.map((id) => `/orders/${id}/shipped`) });

  const { context, page } = await pageAs(browser, api);
  await page.goto(`/orders?connection=${connectionId}&stage=pending,processing&limit=50`);
  for (const order of orders) await page.getByRole("checkbox", { name: `Select order ${order.number}` }).check();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await expect(bar).toContainText("20 orders selected");
  await bar.getByLabel("Bulk action").selectOption({ label: "Mark as shipped" });
  await bar.getByRole("button", { name: "Review…" }).click();

  const dialog = page.getByRole("dialog", { name: /Mark as shipped/ });
  await dialog.getByRole("button", { name: "Check 20 orders" }).click();
  const summary = dialog.getByTestId("bulk-summary");
  await expect(summary).toContainText("Applies to 20", { timeout: 30_000 });
  await expect(summary).toContainText("Skips 0");
  await dialog.getByRole("button", { name: "Run on 20 orders" }).click();
  await expect(dialog.getByRole("progressbar", { name: "Bulk action progress" })).toBeVisible();
  await expect(summary).toContainText("18 done", { timeout: 90_000 });
  await expect(summary).toContainText("2 failed");
  for (const id of failing) {
    const number = orders.find((order) => order.id === id)?.number ?? id;
    await expect(dialog.getByRole("listitem", { name: `Order ${number}` })).toContainText("Failed");
  }
  for (const order of orders.slice(2)) expect((await sandboxOrder("merchantpro", order.id)).status).toBe("shipped");
  for (const id of failing) expect((await sandboxOrder("merchantpro", id)).status).not.toBe("shipped");

  await clearFaults("merchantpro");
  await dialog.getByRole("button", { name: "Retry failed (2)" }).click();
  await expect(summary).toContainText("20 done", { timeout: 60_000 });
  await expect(summary).toContainText("0 failed");
  for (const id of failing) expect((await sandboxOrder("merchantpro", id)).status).toBe("shipped");

  // The job is stored: a fresh tab reopens it with every order's outcome.
  await dialog.getByRole("button", { name: "Close" }).first().click();
  const tab = await context.newPage();
  await tab.goto(`/orders?connection=${connectionId}`);
  await tab.getByRole("button", { name: "Recent bulk actions" }).click();
  const recent = tab.getByRole("dialog", { name: "Recent bulk actions" });
  await recent
    .getByRole("button", { name: /Mark as shipped/ })
    .first()
    .click();
  await expect(tab.getByRole("dialog").getByTestId("bulk-summary")).toContainText("20 done");
  await context.close();
  await api.dispose();
});
