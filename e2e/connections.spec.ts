// Connections as an admin and a manager use them, against the e2e sandbox: the admin adds one connection per
// platform through the form and tests it; a wrong secret fails with the platform's own message and is fixed
// back; Seller Center switches to an access token; moving a connection to another host asks for its secrets
// again; a manager sees names and health only. Throughout, every
// response the browsers receive, the pages' HTML and the built client bundles are checked for the sandbox's
// secrets: they must never leave the server.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
  test,
} from "@playwright/test";
import { SANDBOX_CREDENTIALS } from "../lib/sandbox/credentials";
import { E2E } from "./env";
import { createUser, signedInContext, uniqueEmail } from "./support/api";
import { PLATFORMS, sandboxBaseUrl, sandboxCredentials } from "./support/sandbox";

test.describe.configure({ mode: "serial" });

type Platform = (typeof PLATFORMS)[number];
interface PlatformInfo {
  id: Platform;
  credentialFields: { name: string; label: string; secret: boolean }[];
}

const nameOf = (platform: Platform) => `E2E form ${platform}`;
const manager = { email: uniqueEmail("conn-manager"), name: "Connie Manager", password: "connie-manager-password" };

let adminApi: APIRequestContext;
let platforms: PlatformInfo[];
let admin: { context: BrowserContext; page: Page };
/** Every body and header set the browsers received, and the API answers this spec read itself. */
const seen: Promise<{ source: string; text: string }>[] = [];

function collect(context: BrowserContext) {
  context.on("response", (response) => {
    // The live events stream (every dashboard page opens one) has no end, so no body to wait for.
    if (response.headers()["content-type"]?.startsWith("text/event-stream")) {
      remember(response.url(), JSON.stringify(response.headers()));
      return;
    }
    seen.push(
      response
        .body()
        .then((body) => ({
          source: response.url(),
          text: `${JSON.stringify(response.headers())}\n${body.toString("utf8")}`,
        }))
        // Redirects and aborted requests have no body; their headers still count.
        .catch(() => ({ source: response.url(), text: JSON.stringify(response.headers()) })),
    );
  });
}

/**
 * A browser signed in through next-auth's endpoints, not the login page: the login page lands on /orders, whose
 * fan-out to every connection is not what this spec is about and only slows it down on a busy machine.
 */
async function browserAs(
  browser: Browser,
  email: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const api = await signedInContext(email, password);
  const context = await browser.newContext({ baseURL: E2E.baseUrl, storageState: await api.storageState() });
  await api.dispose();
  collect(context);
  return { context, page: await context.newPage() };
}

const remember = (source: string, text: string) => seen.push(Promise.resolve({ source, text }));

function labelOf(platform: Platform, field: string): string {
  const label = platforms.find((p) => p.id === platform)?.credentialFields.find((f) => f.name === field)?.label;
  if (!label) throw new Error(`${platform} has no credential field ${field}`);
  return label;
}

const row = (page: Page, platform: Platform) => page.getByRole("row", { name: new RegExp(nameOf(platform)) });

async function removeFormConnections(api: APIRequestContext) {
  const { connections } = (await (await api.get("/api/connections")).json()) as {
    connections: { id: string; name: string }[];
  };
  for (const connection of connections.filter((c) => c.name.startsWith("E2E form ")))
    expect((await api.delete(`/api/connections/${connection.id}`)).status()).toBe(200);
}

/** Opens "Edit <name>", lets `fill` change the form, saves, and waits for the dialog to close. */
async function edit(page: Page, platform: Platform, fill: (dialog: Locator) => Promise<void>) {
  await page.getByRole("button", { name: `Edit ${nameOf(platform)}` }).click();
  const dialog = page.getByRole("dialog", { name: `Edit ${nameOf(platform)}` });
  await fill(dialog);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
}

async function testRow(page: Page, platform: Platform, outcome: RegExp) {
  await row(page, platform).getByRole("button", { name: "Test connection" }).click();
  await expect(row(page, platform).getByRole("status")).toHaveText(outcome, { timeout: 20_000 });
}

test.beforeAll(async ({ browser }) => {
  adminApi = await signedInContext(E2E.admin.email, E2E.admin.password);
  platforms = ((await (await adminApi.get("/api/platforms")).json()) as { platforms: PlatformInfo[] }).platforms;
  await removeFormConnections(adminApi);
  await createUser(adminApi, { ...manager, role: "manager" });
  admin = await browserAs(browser, E2E.admin.email, E2E.admin.password);
});

test.afterAll(async () => {
  await admin?.context.close();
  if (adminApi) await removeFormConnections(adminApi);
  await adminApi?.dispose();
});

test("the admin adds a connection for each platform through the form and it connects", async () => {
  // Five connections made and tested through the form: a long flow on a busy 2-core machine.
  test.setTimeout(300_000);
  const { page } = admin;
  await page.goto("/connections");
  await expect(page.getByRole("heading", { name: "Connections", level: 1 })).toBeVisible();

  for (const platform of PLATFORMS) {
    await page.getByRole("button", { name: "Add connection" }).click();
    const dialog = page.getByRole("dialog", { name: "Add connection" });
    await dialog.getByLabel("Platform").selectOption(platform);
    await dialog.getByLabel("Name", { exact: true }).fill(nameOf(platform));
    await dialog.getByLabel("Base URL").fill(sandboxBaseUrl(platform));
    for (const [field, value] of Object.entries(sandboxCredentials(platform)))
      await dialog.getByLabel(labelOf(platform, field), { exact: true }).fill(value);
    await dialog.getByRole("button", { name: "Save" }).click();

    await expect(dialog.getByText(`${nameOf(platform)} was added`)).toBeVisible();
    await dialog.getByRole("button", { name: "Test connection" }).click();
    await expect(dialog.getByRole("status")).toHaveText(/^Connected · \d+ ms$/, { timeout: 20_000 });
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page, platform)).toContainText(/OK · \d+ ms · checked/);
    await expect(row(page, platform)).toContainText(sandboxBaseUrl(platform));
  }

  // The same name again is refused by the server and shown under the Name field.
  await page.getByRole("button", { name: "Add connection" }).click();
  const dialog = page.getByRole("dialog", { name: "Add connection" });
  await dialog.getByLabel("Platform").selectOption("retailys");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByLabel("API key", { exact: true })).toHaveAccessibleDescription("Enter the API key");
  await dialog.getByLabel("Name", { exact: true }).fill(nameOf("retailys"));
  await dialog.getByLabel("Base URL").fill(sandboxBaseUrl("retailys"));
  await dialog.getByLabel("API key", { exact: true }).fill("any-token");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(/already exists/);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  remember("connections page", await page.content());
});

test("a wrong secret fails with the platform's own message, and fixing it back connects again", async () => {
  const { page } = admin;
  const wrong: [Platform, string, RegExp][] = [
    ["merchantpro", "apiSecret", /^Failed: Invalid API key or secret\./],
    ["akinon-omnitron", "password", /^Failed: Unable to log in with provided credentials\./],
  ];
  for (const [platform, field, message] of wrong) {
    const label = labelOf(platform, field);
    await edit(page, platform, async (dialog) => {
      await expect(dialog.getByLabel(label, { exact: true })).toHaveAttribute(
        "placeholder",
        /^Stored: ••••\w{4} — leave empty to keep$/,
      );
      await dialog.getByLabel(label, { exact: true }).fill("wrong-secret-for-e2e");
    });
    await testRow(page, platform, message);
    await expect(row(page, platform)).toContainText(/Last success .+ ago|Last success now/);

    const right = (SANDBOX_CREDENTIALS[platform] as Record<string, string>)[field] ?? "";
    await edit(page, platform, (dialog) => dialog.getByLabel(label, { exact: true }).fill(right));
    await testRow(page, platform, /^Connected · \d+ ms$/);
  }

  // Seller Center: switch from email and password to an access token.
  await edit(page, "akinon-seller-center", async (dialog) => {
    await dialog.getByRole("radio", { name: "Access token" }).click();
    await dialog
      .getByLabel("Access token", { exact: true })
      .fill(SANDBOX_CREDENTIALS["akinon-seller-center"].accessToken);
  });
  await testRow(page, "akinon-seller-center", /^Connected · \d+ ms$/);
  const detail = (await (await adminApi.get("/api/connections")).json()) as {
    connections: { name: string; credentials: Record<string, string> }[];
  };
  remember("GET /api/connections (admin)", JSON.stringify(detail));
  const sellerCenter = detail.connections.find((c) => c.name === nameOf("akinon-seller-center"));
  expect(Object.keys(sellerCenter?.credentials ?? {})).toEqual(["accessToken"]);
  expect(sellerCenter?.credentials.accessToken).toMatch(/^••••\w{4}$/);
  remember("connections page", await page.content());
});

test("moving a connection to another host asks for its secrets again", async () => {
  const { page } = admin;
  await page.goto("/connections");
  await page.getByRole("button", { name: `Edit ${nameOf("retailys")}` }).click();
  const dialog = page.getByRole("dialog", { name: `Edit ${nameOf("retailys")}` });
  const key = dialog.getByLabel(labelOf("retailys", "token"), { exact: true });
  await expect(key).toHaveAttribute("placeholder", /^Stored: ••••\w{4} — leave empty to keep$/);
  // The same sandbox under another name is another origin: the stored key must not follow it there.
  await dialog.getByLabel("Base URL").fill(sandboxBaseUrl("retailys").replace("//127.0.0.1:", "//localhost:"));
  await expect(dialog.getByRole("status", { name: "New address" })).toContainText(
    /entered for 127\.0\.0\.1:\d+ and are never sent to localhost:\d+/,
  );
  await expect(key).toHaveAttribute("placeholder", "Enter it again for the new address");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(key).toHaveAccessibleDescription("Enter the API key again: the address changed");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
});

test("a manager sees names and health, but no credentials, base URLs or admin controls", async ({ browser }) => {
  const { context, page } = await browserAs(browser, manager.email, manager.password);
  await page.goto("/connections");
  for (const platform of PLATFORMS) await expect(row(page, platform)).toContainText(/OK · \d+ ms · checked/);
  await expect(page.getByRole("main")).not.toContainText(E2E.sandboxUrl);
  for (const name of ["Add connection", "Test connection", "Edit", "Remove"])
    await expect(page.getByRole("button", { name })).toHaveCount(0);

  const response = await page.request.get("/api/connections");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { connections: Record<string, unknown>[] };
  remember("GET /api/connections (manager)", JSON.stringify(body));
  expect(body.connections.length).toBeGreaterThanOrEqual(PLATFORMS.length);
  for (const connection of body.connections) {
    expect(Object.keys(connection).sort()).toEqual(["health", "id", "name", "platform", "sync"]);
    expect(connection).not.toHaveProperty("credentials");
    expect(connection).not.toHaveProperty("baseUrl");
  }
  expect((await page.request.post(`/api/connections/${body.connections[0]?.id}/test`)).status()).toBe(403);
  remember("connections page (manager)", await page.content());
  await context.close();
});

test("no sandbox secret reached a browser: responses, pages and client bundles", async () => {
  const secrets = platforms.flatMap((platform) =>
    platform.credentialFields
      .filter((field) => field.secret)
      .map((field) => (SANDBOX_CREDENTIALS[platform.id] as Record<string, string>)[field.name])
      .filter((value): value is string => Boolean(value)),
  );
  // API key/secret/tokens/passwords of all five platforms, Seller Center's access token included.
  expect(secrets.length).toBeGreaterThanOrEqual(8);

  const entries = await readdir(path.join(process.cwd(), ".next/static"), { recursive: true, withFileTypes: true });
  const bundles = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  expect(bundles.length).toBeGreaterThan(0);
  const sources = [
    ...(await Promise.all(seen)),
    ...(await Promise.all(bundles.map(async (file) => ({ source: file, text: await readFile(file, "latin1") })))),
  ];
  expect(sources.filter((s) => s.source.includes("/api/connections")).length).toBeGreaterThan(5);
  // The admin's answers were read: the masked form of a secret is there, the secret itself must not be.
  expect(sources.some((s) => s.text.includes(`••••${SANDBOX_CREDENTIALS.merchantpro.apiSecret.slice(-4)}`))).toBe(true);
  const leaks = sources.flatMap(({ source, text }) =>
    secrets.filter((secret) => text.includes(secret)).map((secret) => `${secret} in ${source}`),
  );
  expect(leaks).toEqual([]);
});
