// Passwords as people change them: on the profile (the current one asked for; the other sessions end, this one
// goes on), and after an admin's reset (a temporary password shown once to the admin; the user's sessions end;
// signed in with it, every page leads to "Choose a new password" and the API answers 403 until they have).
// No sign-in here fails from an unknown device, so the per-IP throttle the throttle project relies on is untouched.
import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./env";
import { createUser, signedInContext, uniqueEmail } from "./support/api";
import { signedInPage } from "./support/ui";

/** Signs in without asking for /api/me (which a forced change answers 403). */
const signInOnly = (email: string, password: string) => signedInContext(email, password, { checkSession: false });

async function fillPasswordChange(page: Page, current: string, next: string, repeat = next): Promise<void> {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("Repeat the new password").fill(repeat);
}

test("changing my password on the profile signs me out elsewhere and keeps this session", async ({ browser }) => {
  const admin = await signedInContext(E2E.admin.email, E2E.admin.password);
  const email = uniqueEmail("changer");
  await createUser(admin, { email, name: "Cam Changer", role: "fulfillment", password: "changer-password-1" });
  await admin.dispose();
  const elsewhere = await signedInContext(email, "changer-password-1");

  const { context, page } = await signedInPage(browser, email, "changer-password-1");
  await page.goto("/profile");
  const section = page.getByRole("region", { name: "Password" });
  await fillPasswordChange(page, "changer-password-1", "changer-password-2", "changer-password-3");
  await section.getByRole("button", { name: "Change password" }).click();
  await expect(section.getByText("The two new passwords differ")).toBeVisible();

  // A wrong current password (from this known device: it counts on the device alone).
  await fillPasswordChange(page, "not-my-password", "changer-password-2");
  await section.getByRole("button", { name: "Change password" }).click();
  await expect(section.getByText("This is not your current password")).toBeVisible();
  expect((await elsewhere.get("/api/me")).status()).toBe(200);

  await fillPasswordChange(page, "changer-password-1", "changer-password-2");
  await section.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed")).toBeVisible();
  await expect(page.getByText("Signed out of 1 other session.")).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveValue("");

  expect((await elsewhere.get("/api/me")).status()).toBe(401);
  await page.reload();
  await expect(page).toHaveURL(/\/profile/);
  expect((await page.request.get("/api/me")).status()).toBe(200);
  await elsewhere.dispose();
  await context.close();

  // The new password signs in; the audit log has the change.
  const again = await signedInContext(email, "changer-password-2");
  await again.dispose();
  const auditor = await signedInContext(E2E.admin.email, E2E.admin.password);
  const audit = await auditor.get("/api/audit?action=user.password_change&limit=20");
  const events = ((await audit.json()) as { events: { actorEmail: string; outcome: string }[] }).events.filter(
    (event) => event.actorEmail === email,
  );
  expect(events.map((event) => event.outcome)).toEqual(["success", "failure"]);
  await auditor.dispose();
});

test("an admin's reset: a temporary password shown once, sessions ended, and a new password chosen at sign-in", async ({
  browser,
}) => {
  const api = await signedInContext(E2E.admin.email, E2E.admin.password);
  const email = uniqueEmail("reset");
  const name = `Rita Reset ${Date.now().toString(36)}`;
  const userId = await createUser(api, { email, name, role: "manager", password: "rita-password-1" });
  const ritasOldSession = await signedInContext(email, "rita-password-1");

  const admin = await signedInPage(browser, E2E.admin.email, E2E.admin.password);
  await admin.page.goto("/users");
  const row = admin.page.getByRole("row", { name: new RegExp(name) });
  await row.getByRole("button", { name: `Reset the password of ${name}` }).click();
  const confirm = admin.page.getByRole("dialog", { name: `Reset ${name}'s password?` });
  await expect(confirm).toContainText("signed out everywhere now");
  await expect(confirm.getByLabel("Make one up for me (shown once, to copy)")).toBeChecked();
  await confirm.getByRole("button", { name: "Reset password" }).click();

  const shown = admin.page.getByRole("dialog", { name: `Temporary password for ${name}` });
  await expect(shown).toContainText("it will not be shown again");
  const temporary = await shown.getByLabel("Temporary password", { exact: true }).inputValue();
  expect(temporary.length).toBeGreaterThanOrEqual(12);
  await shown.getByRole("button", { name: "Done" }).click();
  await expect(shown).toBeHidden();
  await expect(row.getByText("Must change password")).toBeVisible();
  expect((await ritasOldSession.get("/api/me")).status()).toBe(401);
  await ritasOldSession.dispose();

  // Rita signs in with it: every page leads to the change, and the API holds back everything else.
  const rita = await browser.newContext();
  const page = await rita.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(temporary);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.goto("/orders");
  await expect(page).toHaveURL(/\/change-password$/);
  const held = await page.request.get("/api/orders?limit=1");
  expect(held.status()).toBe(403);
  expect(((await held.json()) as { error: { code: string } }).error.code).toBe("password_change_required");

  await fillPasswordChange(page, temporary, "rita-own-password");
  await page.getByRole("button", { name: "Save my new password" }).click();
  await expect(page).toHaveURL(/\/orders/);
  expect((await page.request.get("/api/me")).status()).toBe(200);
  await admin.page.reload();
  await expect(row.getByText("Must change password")).toHaveCount(0);
  await rita.close();
  await admin.context.close();

  const audit = await api.get(`/api/audit?action=user.password_reset&limit=20`);
  const [reset] = (
    (await audit.json()) as { events: { targetId: string; details: Record<string, unknown> }[] }
  ).events.filter((event) => event.targetId === userId);
  expect(reset?.details).toMatchObject({ email, madeUp: true, endedSessions: 1 });
  expect(JSON.stringify(reset)).not.toContain(temporary);
  await api.dispose();
});

test("an admin may type the temporary password instead", async ({ browser }) => {
  const api = await signedInContext(E2E.admin.email, E2E.admin.password);
  const email = uniqueEmail("typed");
  const name = `Tess Typed ${Date.now().toString(36)}`;
  await createUser(api, { email, name, role: "fulfillment", password: "tess-password-1" });
  await api.dispose();

  const admin = await signedInPage(browser, E2E.admin.email, E2E.admin.password);
  await admin.page.goto("/users");
  await admin.page
    .getByRole("row", { name: new RegExp(name) })
    .getByRole("button", { name: `Reset the password of ${name}` })
    .click();
  const confirm = admin.page.getByRole("dialog", { name: `Reset ${name}'s password?` });
  await confirm.getByLabel("Let me type one").check();
  await confirm.getByLabel("Their temporary password").fill("short");
  await confirm.getByRole("button", { name: "Reset password" }).click();
  await expect(confirm.getByText("Use at least 12 characters")).toBeVisible();
  await confirm.getByLabel("Their temporary password").fill("tess-temporary-password");
  await confirm.getByRole("button", { name: "Reset password" }).click();
  await expect(confirm).toBeHidden();
  await expect(admin.page.getByText(`${name}'s password was reset`)).toBeVisible();
  await admin.context.close();

  const tess = await signInOnly(email, "tess-temporary-password");
  const held = await tess.get("/api/me");
  expect(held.status()).toBe(403);
  expect(((await held.json()) as { error: { code: string } }).error.code).toBe("password_change_required");
  const changed = await tess.post("/api/me/password", {
    data: { currentPassword: "tess-temporary-password", newPassword: "tess-own-password" },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  expect((await tess.get("/api/me")).status()).toBe(200);
  await tess.dispose();
});
