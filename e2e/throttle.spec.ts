// Six wrong passwords: the sixth attempt is throttled with a clear message, and the audit log records it.
// Runs last (its own Playwright project): it blocks sign-ins from 127.0.0.1 for 15 minutes.
import { expect, test } from "@playwright/test";
import { E2E } from "./env";
import { createUser, signedInContext, uniqueEmail } from "./support/api";

test("six wrong passwords are throttled with a message", async ({ page }) => {
  const admin = await signedInContext(E2E.admin.email, E2E.admin.password);
  const email = uniqueEmail("victim");
  await createUser(admin, { email, name: "Vic Tim", role: "manager", password: "the-right-password" });

  await page.goto("/login");
  const error = page.getByTestId("login-error");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(error).toHaveText("Wrong email or password.");
  }
  // The sixth attempt is refused even with the right password.
  await page.getByLabel("Password").fill("the-right-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(error).toHaveText(/Too many failed sign-in attempts\. Try again in 1[45] minutes\./);
  await expect(page).toHaveURL(/\/login/);

  const audit = await admin.get(`/api/audit?action=auth.sign_in&limit=10`);
  const events = ((await audit.json()) as { events: { outcome: string; actorEmail: string; details: { reason?: string } }[] }).events;
  const mine = events.filter((event) => event.actorEmail === email);
  expect(mine[0]).toMatchObject({ outcome: "denied", details: { reason: "throttled" } });
  expect(mine.filter((event) => event.outcome === "failure")).toHaveLength(5);
  await admin.dispose();
});
