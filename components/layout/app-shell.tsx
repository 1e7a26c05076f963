"use client";
import { Menu } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy, type ReactNode, Suspense, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";
import { cn } from "@/lib/client/cn";
import type { CurrentUser } from "@/lib/domain/user";
import { Sidebar } from "./sidebar";
import { ThemeToggle } from "./theme-toggle";

// Wide screens never open the drawer: its dialog code loads on the first "Open menu".
const MobileMenu = lazy(() => import("./mobile-menu").then((m) => ({ default: m.MobileMenu })));

/** Sidebar on wide screens; on narrow ones a top bar whose "Open menu" button slides the sidebar in. */
export function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(false);
  const [menuLoaded, setMenuLoaded] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[248px_1fr]">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:shadow-lg"
      >
        {t("skipToContent")}
      </a>
      <aside className="sticky top-0 hidden h-dvh border-r lg:block">
        <Sidebar user={user} />
      </aside>

      <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b bg-surface/90 px-4 backdrop-blur lg:hidden">
        <button
          ref={menuButton}
          type="button"
          className={cn(buttonClasses("ghost", "icon-sm"), "-ml-1.5")}
          aria-label={t("openMenu")}
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => {
            setMenuLoaded(true);
            setOpen(true);
          }}
        >
          <Menu aria-hidden />
        </button>
        <Logo />
        <ThemeToggle className="ml-auto" />
      </header>
      {menuLoaded ? (
        <Suspense fallback={null}>
          <MobileMenu user={user} open={open} onOpenChange={setOpen} returnFocusTo={menuButton} />
        </Suspense>
      ) : null}

      <main id="main" className="min-w-0 px-4 py-6 sm:px-6 lg:px-10 lg:py-10">
        <div className="mx-auto max-w-7xl">{children}</div>
      </main>
    </div>
  );
}
