// The browser's time zone, remembered in a cookie (TIME_ZONE_COOKIE) on every page, the sign-in page included:
// the server then renders the overview's first figures for the right days instead of a skeleton.
import { TIME_ZONE_COOKIE } from "@/lib/domain/overview";

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function rememberTimeZone(): void {
  const value = encodeURIComponent(browserTimeZone());
  if (document.cookie.split("; ").includes(`${TIME_ZONE_COOKIE}=${value}`)) return;
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  // biome-ignore lint/suspicious/noDocumentCookie: one small cookie, written once; Safari and Firefox before 2025 lack the Cookie Store API
  document.cookie = `${TIME_ZONE_COOKIE}=${value}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure}`;
}
