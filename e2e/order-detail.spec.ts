// The order detail page against the sandbox, for each of the five platforms, as a fulfillment user: the
// sections show the platform's own data; each action the platform supports changes the order ON the platform;
// a forbidden action is absent; a refusal shows the platform's words; a double submit writes once; a manager
// sees no buttons and is refused by the API.
import { type APIRequestContext, type BrowserContext, expect, type Page, test } from "@playwright/test";
import type { SandboxPlatformId } from "../lib/sandbox/platforms";
import { E2E } from "./env";
import { ACTION_CASES, type ActionCase } from "./order-detail/cases";
import { findOrder, hasAction, pagePath } from "./order-detail/find";
import { REFUSALS } from "./order-detail/refusals";
import { moneyDigits, sandboxOrder } from "./order-detail/sandbox-orders";
import { pageAs } from "./order-detail/session";
import { createUser, signedInContext, uniqueEmail } from "./support/api";
import { ensureSandboxConnections, PLATFORMS, requestLog } from "./support/sandbox";

const staffUser = {
  email: uniqueEmail("packer"),
  name: "Pat Packer",
  role: "fulfillment" as const,
  password: "packer-password-1",
};
const managerUser = {
  email: uniqueEmail("boss"),
  name: "Morgan Manager",
  role: "manager" as const,
  password: "manager-password-1",
};
let ids: Record<SandboxPlatformId, string>;
let staffApi: APIRequestContext;
let staff: { context: BrowserContext; page: Page };

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signedInContext(E2E.admin.email, E2E.admin.password);
  ids = await ensureSandboxConnections(admin);
  await createUser(admin, staffUser);
  await createUser(admin, managerUser);
  await admin.dispose();
  staffApi = await signedInContext(staffUser.email, staffUser.password);
  staff = await pageAs(browser, staffApi);
});
test.afterAll(async () => {
  await staff?.context.close();
  await staffApi?.dispose();
});

const toast = (page: Page, label: string) => page.getByText(`${label}: done`);
const failureAlert = (page: Page) => page.getByRole("alert", { name: "Action failed" });

for (const platform of PLATFORMS) {
  test(`${platform}: the sections show the platform's own order`, async () => {
    const { order } = await findOrder(staffApi, ids[platform], (d) => d.order.lines.length > 0);
    const snap = await sandboxOrder(platform, order.id);
    const { page } = staff;
    await page.goto(pagePath(ids[platform], order.id));
    await expect(page.getByRole("heading", { level: 1, name: `Order ${snap.number}` })).toBeVisible();
    const total = (await page.getByTestId("order-total").textContent()) ?? "";
    expect((total ?? "").replace(/\D/g, "")).toBe(moneyDigits(snap.total));
    await expect(page.getByRole("heading", { name: `Items (${snap.lines})` })).toBeVisible();
    await expect(page.getByRole("table", { name: "Order items" }).getByRole("row")).toHaveCount(snap.lines + 1);
    if (snap.postalCode)
      await expect(page.getByRole("region", { name: "Shipping address" })).toContainText(snap.postalCode);
    for (const number of snap.tracking)
      await expect(page.getByRole("region", { name: "Shipping" })).toContainText(number);
  });

  for (const action of ACTION_CASES[platform] ?? []) {
    test(`${platform}: ${action.label} changes the order on the platform`, async () => {
      const detail = await findOrder(
        staffApi,
        ids[platform],
        (d) => hasAction(action.label)(d) && (action.want?.(d) ?? true),
      );
      const before = await sandboxOrder(platform, detail.order.id);
      await perform(staff.page, ids[platform], detail.order.id, action);
      await expect(toast(staff.page, action.label)).toBeVisible({ timeout: 20_000 });
      await expect(failureAlert(staff.page)).toHaveCount(0);
      action.verify(before, await sandboxOrder(platform, detail.order.id));
      if (action.kind !== "form" && !action.line) {
        // The new state forbids doing it again: the button is gone.
        await expect(
          staff.page
            .getByRole("toolbar", { name: "Order actions" })
            .getByRole("button", { name: action.label, exact: true }),
        ).toHaveCount(0);
      }
    });
  }
}

async function perform(page: Page, connectionId: string, orderId: string, action: ActionCase) {
  await page.goto(pagePath(connectionId, orderId));
  const scope = action.line
    ? page.getByRole("region", { name: /^Items \(/ })
    : page.getByRole("toolbar", { name: "Order actions" });
  await scope.getByRole("button", { name: action.label, exact: true }).first().click();
  if (action.kind === "form") {
    const dialog = page.getByRole("dialog", { name: action.label });
    await action.fill?.(dialog);
    await dialog.getByRole("button", { name: action.label, exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
  } else if (action.kind === "confirm") {
    await page.getByRole("alertdialog").getByRole("button", { name: action.label, exact: true }).click();
  }
}

for (const refusal of REFUSALS) {
  test(`${refusal.platform}: a refusal after a change behind our back shows the platform's message`, async () => {
    const connectionId = ids[refusal.platform];
    const detail = await findOrder(
      staffApi,
      connectionId,
      (d) => hasAction(refusal.label)(d) && (refusal.want?.(d) ?? true),
    );
    const lineId = detail.actions.find((a) => a.label === refusal.label)?.lineId ?? "";
    const { page } = staff;
    await page.goto(pagePath(connectionId, detail.order.id));
    const scope = refusal.line
      ? page.getByRole("table", { name: "Order items" })
      : page.getByRole("toolbar", { name: "Order actions" });
    const button = scope.getByRole("button", { name: refusal.label, exact: true }).first();
    await expect(button).toBeVisible();
    const behind = await refusal.behindOurBack(detail.order.id, lineId);
    expect(behind.status, `the platform took the change behind our back: ${JSON.stringify(behind.body)}`).toBeLessThan(
      300,
    );
    const afterChange = await sandboxOrder(refusal.platform, detail.order.id);
    await button.click();
    if (refusal.kind === "confirm")
      await page.getByRole("alertdialog").getByRole("button", { name: refusal.label }).click();
    if (refusal.kind === "form") {
      const dialog = page.getByRole("dialog", { name: refusal.label });
      await dialog.getByRole("button", { name: refusal.label, exact: true }).click();
      // The refusal re-reads the order: once its state no longer offers the action, the dialog goes with it;
      // while it still does, the dialog stays open with the platform's words.
      await expect(page.getByText(refusal.says).first()).toBeVisible({ timeout: 20_000 });
      if (await dialog.isVisible()) await page.keyboard.press("Escape");
    }
    await expect(failureAlert(page)).toContainText(refusal.says, { timeout: 20_000 });
    await expect(toast(page, refusal.label)).toHaveCount(0);
    expect(JSON.stringify((await sandboxOrder(refusal.platform, detail.order.id)).raw)).toBe(
      JSON.stringify(afterChange.raw),
    );
  });
}

const writes = async (platform: SandboxPlatformId, since: number) =>
  (await requestLog(platform, since)).filter((entry) => entry.method !== "GET");
const lastSeq = async (platform: SandboxPlatformId) =>
  (await requestLog(platform)).reduce((max, e) => Math.max(max, e.seq), 0);

test("two API posts with the same Idempotency-Key make one upstream write and get the same answer", async () => {
  const connectionId = ids.merchantpro;
  const { order } = await findOrder(staffApi, connectionId, hasAction("Mark as shipped"));
  const since = await lastSeq("merchantpro");
  const key = `e2e-double-${order.id}-${Date.now()}`;
  const send = () =>
    staffApi.post(`/api/orders/${connectionId}/${order.id}/actions`, {
      data: { type: "set-status", status: "shipped" },
      headers: { "Idempotency-Key": key },
    });
  const [first, second] = await Promise.all([send(), send()]);
  expect(first.status()).toBe(200);
  expect(second.status()).toBe(200);
  expect((await second.json()).order.status.code).toBe("shipped");
  expect(await writes("merchantpro", since)).toHaveLength(1);
  const reused = await staffApi.post(`/api/orders/${connectionId}/${order.id}/actions`, {
    data: { type: "add-note", text: "other" },
    headers: { "Idempotency-Key": key },
  });
  expect(reused.status()).toBe(422);
});

test("a double click on an action button makes one upstream write", async () => {
  const connectionId = ids.retailys;
  const { order } = await findOrder(staffApi, connectionId, hasAction("Mark as shipped"));
  const { page } = staff;
  await page.goto(pagePath(connectionId, order.id));
  const button = page.getByRole("toolbar", { name: "Order actions" }).getByRole("button", { name: "Mark as shipped" });
  await expect(button).toBeVisible();
  const since = await lastSeq("retailys");
  await button.dblclick();
  await expect(toast(page, "Mark as shipped")).toBeVisible({ timeout: 20_000 });
  expect(await writes("retailys", since)).toHaveLength(1);
  expect((await sandboxOrder("retailys", order.id)).raw.sent).toBe(true);
});

test("a manager sees the order without any action and is refused by the actions API", async ({ browser }) => {
  const connectionId = ids.merchantpro;
  const { order } = await findOrder(staffApi, connectionId, hasAction("Cancel order"));
  const managerApi = await signedInContext(managerUser.email, managerUser.password);
  const manager = await pageAs(browser, managerApi);
  await manager.page.goto(pagePath(connectionId, order.id));
  await expect(manager.page.getByRole("heading", { level: 1, name: `Order ${order.number}` })).toBeVisible();
  await expect(manager.page.getByRole("toolbar", { name: "Order actions" })).toHaveCount(0);
  await expect(manager.page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
  const refused = await managerApi.post(`/api/orders/${connectionId}/${order.id}/actions`, {
    data: { type: "cancel" },
    headers: { "Idempotency-Key": `e2e-manager-${Date.now()}` },
  });
  expect(refused.status()).toBe(403);
  expect((await sandboxOrder("merchantpro", order.id)).status).toBe(order.status.code);
  await manager.context.close();
  await managerApi.dispose();
});
