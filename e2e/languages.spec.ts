// Orderdeck in the user's language (#15): a user who picks Turkish on the profile sees the order list, an
// order page and an action dialog in Turkish, with money and dates the Turkish way; a browser that asks for
// Czech signs in to a Czech interface; Russian counts selected orders with the right plural forms. Each test
// uses its own user, so no other spec meets a language it does not expect.
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { E2E } from "./env";
import { type Detail, findOrder, pagePath } from "./order-detail/find";
import { createUser, signedInContext, uniqueEmail } from "./support/api";
import { ensureSandboxConnections } from "./support/sandbox";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const PASSWORD = "languages-e2e-password";
let admin: APIRequestContext;
let ids: Awaited<ReturnType<typeof ensureSandboxConnections>>;

test.beforeAll(async () => {
  admin = await signedInContext(E2E.admin.email, E2E.admin.password);
  ids = await ensureSandboxConnections(admin);
});
test.afterAll(async () => admin?.dispose());

/** A new admin's browser page (signed in through the API: the sign-in page has its own test below). */
async function newUserPage(browser: Browser, label: string, locale?: string): Promise<Page> {
  const email = uniqueEmail(label);
  await createUser(admin, { email, name: `Languages ${label}`, role: "admin", password: PASSWORD });
  const api = await signedInContext(email, PASSWORD);
  const context = await browser.newContext({ storageState: await api.storageState(), locale });
  await api.dispose();
  return context.newPage();
}

/** Picks the interface language on the profile page, as a person does; the page renders again in it. */
async function chooseLanguage(page: Page, locale: string, ordersLink: string) {
  await page.goto("/profile");
  await page.getByRole("combobox", { name: "Language" }).selectOption(locale);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("link", { name: ordersLink, exact: true }).first()).toBeVisible();
}

/** The order list's table by its name in the page's language, once its rows are in. */
async function ordersTable(page: Page, name: string) {
  const table = page.getByRole("table", { name });
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table).not.toHaveAttribute("aria-busy", "true", { timeout: 30_000 });
  return table;
}

// ₺3.999,60: the lira sign before the amount, dots between thousands, a comma before the kuruş.
const TURKISH_LIRA = /₺\d{1,3}(\.\d{3})*,\d{2}/;
// 4 Ara 2026 15:30 or 04.12.2026: Turkish month names or a dotted day.month.year.
const TURKISH_DATE = /\d{1,2} (Oca|Şub|Mar|Nis|May|Haz|Tem|Ağu|Eyl|Eki|Kas|Ara)|\d{2}\.\d{2}\.\d{4}/;

test("a user who switches to Turkish sees the list, an order and an action dialog in Turkish", async ({ browser }) => {
  const page = await newUserPage(browser, "tr");
  await chooseLanguage(page, "tr", "Siparişler");

  // The order list, filtered to the Turkish shop (its orders are in lira).
  await page.goto(`/orders?connection=${ids["akinon-seller-center"]}`);
  await expect(page.getByRole("heading", { level: 1, name: "Siparişler" })).toBeVisible();
  const table = await ordersTable(page, "Siparişler");
  await expect(table.getByRole("columnheader", { name: /Toplam/ })).toBeVisible();
  await expect(table.getByText(TURKISH_LIRA).first()).toBeVisible();
  await expect(table.getByText(TURKISH_DATE).first()).toBeVisible();

  // An order of that shop whose item the platform lets us reject: its page, and the "reject item" dialog.
  const rejectable = (detail: Detail) => detail.actions.some((action) => action.type === "reject-item");
  const { order } = await findOrder(admin, ids["akinon-seller-center"], rejectable);
  await page.goto(pagePath(order.connectionId, order.id));
  await expect(page.getByRole("heading", { name: "Teslimat adresi" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ödeme" })).toBeVisible();
  const totals = page.getByRole("region", { name: "Tutarlar" });
  await expect(totals.getByText(TURKISH_LIRA).first()).toBeVisible();
  const reject = page.getByRole("button", { name: "Ürünü reddet" }).first();
  await expect(reject).toBeVisible();
  await reject.click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("reddedilsin mi");
  await dialog.getByRole("button", { name: "Ürünü koru" }).click();
  await expect(dialog).toBeHidden();
  await page.context().close();
});

test("a browser asking for Czech signs in to a Czech interface", async ({ browser }) => {
  const context = await browser.newContext({ locale: "cs-CZ" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "cs");
  await page.getByLabel("E-mail").fill(E2E.admin.email);
  await page.getByLabel("Heslo").fill(E2E.admin.password);
  await page.getByRole("button", { name: "Přihlásit se" }).click();
  await expect(page).toHaveURL(/\/orders/);
  await expect(page.getByRole("heading", { level: 1, name: "Objednávky" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Hlavní navigace" }).getByRole("link", { name: "Přehled" }),
  ).toBeVisible();
  // The toasts' own region is named in Czech too (sonner's default is English).
  await expect(page.getByRole("region", { name: /^Oznámení/ })).toBeAttached();
  await context.close();
});

test("Russian counts selected orders with the right plural forms for 1, 2 and 5", async ({ browser }) => {
  const page = await newUserPage(browser, "ru");
  await chooseLanguage(page, "ru", "Заказы");
  await page.goto(`/orders?connection=${ids.merchantpro}`);
  const rows = (await ordersTable(page, "Заказы")).getByRole("checkbox", { name: /Выбрать заказ/ });
  const bar = page.getByRole("region", { name: "Массовые действия" });
  const wants: Record<number, string> = { 1: "Выбран 1 заказ", 2: "Выбрано 2 заказа", 5: "Выбрано 5 заказов" };
  for (let count = 1; count <= 5; count++) {
    await rows.nth(count - 1).check();
    const want = wants[count];
    if (want) await expect(bar).toContainText(want);
  }
  await page.context().close();
});
