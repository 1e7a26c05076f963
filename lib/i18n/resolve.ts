// Which language a request is answered in: the signed-in user's choice (their profile), else the best match for
// the browser's Accept-Language, else English. No locale in URLs: an order's address is the same for everyone.
import "server-only";
import { headers } from "next/headers";
import { optionalPageUser } from "../auth/page";
import { getDb } from "../db";
import { type Locale, preferredLocale } from "../domain/locale";
import { getUserLocale } from "../users/locale";

export async function resolveLocale(): Promise<Locale> {
  // Reading the request first marks the page dynamic, so `next build` never opens the database for it.
  const requestHeaders = await headers();
  const user = await optionalPageUser().catch(() => null);
  const chosen = user ? await getUserLocale(await getDb(), user.id) : null;
  return preferredLocale(chosen, requestHeaders.get("accept-language"));
}
