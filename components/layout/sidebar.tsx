"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { SavedViewsNav } from "@/components/orders/saved-views-nav";
import { focusRing } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";
import { cn } from "@/lib/client/cn";
import type { CurrentUser } from "@/lib/domain/user";
import { isActive, navItemsFor } from "./nav-items";
import { UserMenu } from "./user-menu";

/** The navigation column: logo, the pages the user's role may open, and the user menu at the bottom. */
export function Sidebar({ user, onNavigate }: { user: CurrentUser; onNavigate?: () => void }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  return (
    <div className="flex h-full flex-col bg-surface">
      <div className="flex h-14 items-center px-5">
        <Link href="/" onClick={onNavigate} className={cn("rounded-md", focusRing)} aria-label={t("home")}>
          <Logo />
        </Link>
      </div>
      <nav aria-label={t("main")} className="flex-1 overflow-y-auto px-3 py-2">
        <ul className="grid gap-0.5">
          {navItemsFor(user.role).map(({ href, label, icon: Icon }) => {
            const active = isActive(pathname, href);
            return (
              <li key={href}>
                <Link
                  href={href}
                  onClick={onNavigate}
                  aria-current={active ? "page" : undefined}
                  className={cn(
                    "flex h-9 items-center gap-2.5 rounded-md px-2.5 font-medium text-muted transition-colors",
                    "hover:bg-surface-2 hover:text-fg",
                    "aria-[current=page]:bg-accent-soft aria-[current=page]:text-accent-soft-fg",
                    focusRing,
                  )}
                >
                  <Icon aria-hidden className="size-4 shrink-0" />
                  {t(label)}
                </Link>
                {href === "/orders" ? <SavedViewsNav onNavigate={onNavigate} /> : null}
              </li>
            );
          })}
        </ul>
      </nav>
      <UserMenu user={user} active={isActive(pathname, "/profile")} onNavigate={onNavigate} />
    </div>
  );
}
