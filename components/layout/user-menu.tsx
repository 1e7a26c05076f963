"use client";
import { LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Initials } from "@/components/ui/initials";
import { cn } from "@/lib/client/cn";
import { signOutToLogin } from "@/lib/client/sign-out";
import type { CurrentUser } from "@/lib/domain/user";
import { ThemeToggle } from "./theme-toggle";

/** The bottom of the sidebar: who is signed in, their profile, the theme and signing out. */
export function UserMenu({
  user,
  active,
  onNavigate,
}: {
  user: CurrentUser;
  active: boolean;
  onNavigate?: () => void;
}) {
  const [signingOut, setSigningOut] = useState(false);
  const t = useTranslations("userMenu");
  const roles = useTranslations("roles");
  return (
    <div className="border-t p-3">
      <div className="flex items-center gap-3 px-2 py-1.5">
        <Initials name={user.name} />
        <div className="min-w-0 flex-1">
          <p className="truncate font-medium" title={user.email}>
            {user.name}
          </p>
          <p className="truncate text-xs text-muted">{roles(user.role)}</p>
        </div>
        <ThemeToggle />
      </div>
      <div className="mt-2 grid grid-cols-2 gap-1.5">
        <Link
          href="/profile"
          onClick={onNavigate}
          aria-current={active ? "page" : undefined}
          className={cn(
            buttonClasses("ghost", "sm"),
            "justify-start text-muted aria-[current=page]:bg-surface-2 aria-[current=page]:text-fg",
          )}
        >
          <UserRound aria-hidden />
          {t("profile")}
        </Link>
        <button
          type="button"
          disabled={signingOut}
          onClick={() => {
            setSigningOut(true);
            signOutToLogin().catch(() => setSigningOut(false));
          }}
          className={cn(buttonClasses("ghost", "sm"), "justify-start text-muted")}
        >
          <LogOut aria-hidden />
          {signingOut ? t("signingOut") : t("signOut")}
        </button>
      </div>
    </div>
  );
}
