// The session check for server pages and layouts. Each page calls it itself (never trusting the proxy):
// anonymous or ended sessions go to /login, a user whose password an admin reset goes to /change-password,
// a role without the permission gets the 403 page.
import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "../db";
import { type CurrentUser, can, type Permission } from "../domain/user";
import { type Authenticated, authenticate } from "./authenticate";

const CHANGE_PASSWORD_PATH = "/change-password";

// Both read the request (headers, cookies) before opening the database: reading it is what tells `next build`
// the page is dynamic, so the build never opens DATA_DIR or creates the first admin.

/** The session's caller; anonymous visitors are sent to sign in and come back to this page. */
async function requireSession(): Promise<Authenticated> {
  const requestHeaders = await headers();
  const cookieStore = await cookies();
  const db = await getDb();
  // Pages are for browsers: a bearer token is not a page session.
  const withoutAuthorization = new Headers(requestHeaders);
  withoutAuthorization.delete("authorization");
  const caller = await authenticate(db, withoutAuthorization, cookieStore);
  if (!caller) {
    const path = requestHeaders.get("x-pathname") ?? "/orders";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  return caller;
}

export async function requirePageUser(permission?: Permission): Promise<CurrentUser> {
  const caller = await requireSession();
  if (caller.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  if (permission && !can(caller.user.role, permission)) forbidden();
  return caller.user;
}

/** The change-password screen's user, who must choose a new password (anyone else has it on their profile). */
export async function requirePasswordChangeUser(): Promise<CurrentUser> {
  const caller = await requireSession();
  if (!caller.mustChangePassword) redirect("/profile");
  return caller.user;
}

/** The signed-in user or null, for pages that also serve anonymous visitors (the login page). */
export async function optionalPageUser(): Promise<CurrentUser | null> {
  const withoutAuthorization = new Headers(await headers());
  withoutAuthorization.delete("authorization");
  const cookieStore = await cookies();
  return (await authenticate(await getDb(), withoutAuthorization, cookieStore))?.user ?? null;
}
