"use client";
import { Menu, X } from "lucide-react";
import { Dialog as D } from "radix-ui";
import { type ReactNode, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";
import { cn } from "@/lib/client/cn";
import type { CurrentUser } from "@/lib/domain/user";
import { Sidebar } from "./sidebar";
import { ThemeToggle } from "./theme-toggle";

/** Sidebar on wide screens; on narrow ones a top bar whose "Open menu" button slides the sidebar in. */
export function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const [open, setOpen] = useState(false);

  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[248px_1fr]">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:shadow-lg"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 hidden h-dvh border-r lg:block">
        <Sidebar user={user} />
      </aside>

      <D.Root open={open} onOpenChange={setOpen}>
        <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b bg-surface/90 px-4 backdrop-blur lg:hidden">
          <D.Trigger className={cn(buttonClasses("ghost", "icon-sm"), "-ml-1.5")} aria-label="Open menu">
            <Menu aria-hidden />
          </D.Trigger>
          <Logo />
          <ThemeToggle className="ml-auto" />
        </header>
        <D.Portal>
          <D.Overlay className="fixed inset-0 z-40 bg-overlay data-[state=open]:animate-fade-in lg:hidden" />
          <D.Content
            aria-describedby={undefined}
            className="fixed inset-y-0 left-0 z-50 w-[280px] max-w-[85vw] border-r shadow-2xl outline-none data-[state=open]:animate-sheet-in lg:hidden"
          >
            <D.Title className="sr-only">Menu</D.Title>
            <Sidebar user={user} onNavigate={() => setOpen(false)} />
            <D.Close
              className={cn(buttonClasses("ghost", "icon-sm"), "absolute top-3 right-3")}
              aria-label="Close menu"
            >
              <X aria-hidden />
            </D.Close>
          </D.Content>
        </D.Portal>
      </D.Root>

      <main id="main" className="min-w-0 px-4 py-6 sm:px-6 lg:px-10 lg:py-10">
        <div className="mx-auto max-w-7xl">{children}</div>
      </main>
    </div>
  );
}
