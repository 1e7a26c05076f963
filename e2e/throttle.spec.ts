// Wrong passwords slow sign-ins down instead of locking the account: after two failures in a row each attempt
// waits longer (1, 2, 4, 8 … s, with Retry-After), parallel guesses get no more tries, and the owner signing in
// from a device they used before is not held up by someone guessing elsewhere. The audit log records it all.
// Runs last (its own Playwright project): its failures make sign-ins from 127.0.0.1 wait for a while.
import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { E2E } from "./env";
import { createUser, signedInContext, uniqueEmail } from "./support/api";
import { signedInPage } from "./support/ui";

interface Attempt {
  status: number;
  /** The message the login form would show (next-auth passes it in its error URL), or null on success. */
  error: string | null;
  retryAfter: string | undefined;
}

/** One sign-in through next-auth's endpoint, as the login form makes it (a client that never signed in here). */
async function attempt(
  client: APIRequestContext,
  csrfToken: string,
  email: string,
  password: string,
): Promise<Attempt> {
  const response = await client.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: `${E2E.baseUrl}/orders` },
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url: string };
  return {
    status: response.status(),
    error: new URL(url).searchParams.get("error"),
    retryAfter: response.headers()["retry-after"],
  };
}

test("wrong passwords make sign-ins wait longer, but never keep the owner out of a device they used before", async ({
  browser,
}) => {
  const admin = await signedInContext(E2E.admin.email, E2E.admin.password);
  const email = uniqueEmail("victim");
  await createUser(admin, { email, name: "Vic Tim", role: "manager", password: "the-right-password" });

  // The owner signs in on their laptop once (it becomes a known device), then signs out.
  const laptop = await signedInPage(browser, email, "the-right-password");
  await laptop.page.getByRole("button", { name: "Sign out" }).click();
  await expect(laptop.page).toHaveURL(/\/login/);

  // Someone else guesses in parallel bursts. Each burst, sent once the last wait is over, gets one more guess
  // (the first gets the two free ones); every other attempt is told how long to wait, and the wait doubles.
  const guesser = await request.newContext({ baseURL: E2E.baseUrl, extraHTTPHeaders: { origin: E2E.baseUrl } });
  const { csrfToken } = (await (await guesser.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const waits: number[] = [];
  for (let burst = 0; burst < 4; burst++) {
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => attempt(guesser, csrfToken, email, `guess-${burst}-${i}`)),
    );
    const wrong = answers.filter((answer) => answer.error === "Wrong email or password.");
    const refused = answers.filter((answer) => answer.error?.startsWith("Too many attempts"));
    expect(wrong, JSON.stringify(answers)).toHaveLength(burst === 0 ? 2 : 1);
    expect(refused).toHaveLength(answers.length - wrong.length);
    const wait = Number(refused[0]!.retryAfter);
    for (const answer of refused) {
      expect(answer.status).toBe(401);
      expect(answer.error).toBe(`Too many attempts, try again in ${wait} s.`);
      expect(answer.retryAfter).toBe(String(wait));
    }
    waits.push(wait);
    if (burst < 3) await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 200));
  }
  expect(waits).toEqual([1, 2, 4, 8]);

  // Right now, the right password from a browser that never signed in waits too...
  const stranger = await browser.newContext();
  const page = await stranger.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("the-right-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toHaveText(/^Too many attempts, try again in [1-8] s\.$/);
  await expect(page).toHaveURL(/\/login/);
  await stranger.close();

  // ...but not from the owner's laptop.
  await laptop.page.getByLabel("Email").fill(email);
  await laptop.page.getByLabel("Password").fill("the-right-password");
  await laptop.page.getByRole("button", { name: "Sign in" }).click();
  await expect(laptop.page).toHaveURL(/\/orders/);
  await laptop.context.close();

  const audit = await admin.get("/api/audit?action=auth.sign_in&limit=50");
  const events = (
    (await audit.json()) as { events: { outcome: string; actorEmail: string; details: Record<string, unknown> }[] }
  ).events;
  const mine = events.filter((event) => event.actorEmail === email);
  expect(mine[0]).toMatchObject({ outcome: "success", details: { knownDevice: true } });
  expect(mine.filter((event) => event.outcome === "failure")).toHaveLength(5);
  // Refused attempts are written at most once a minute per IP, with how many more there were.
  expect(mine.filter((event) => event.outcome === "denied").length).toBeGreaterThanOrEqual(1);
  expect(mine.find((event) => event.outcome === "denied")?.details).toMatchObject({ reason: "throttled" });
  await guesser.dispose();
  await admin.dispose();
});
