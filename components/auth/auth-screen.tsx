import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { LogoMark } from "@/components/ui/logo";

/** The page around signing in and the forced password change: the mark, one card, and what follows it. */
export function AuthScreen({ heading, children, after }: { heading: string; children: ReactNode; after?: ReactNode }) {
  const t = useTranslations("auth");
  return (
    <main className="relative flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div
        aria-hidden
        className="pointer-events-none absolute inset-x-0 top-0 h-72 bg-gradient-to-b from-accent-soft/70 to-transparent"
      />
      <ThemeToggle className="absolute top-4 right-4" />
      <div className="relative w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center text-center">
          <LogoMark className="size-11" />
          <h1 className="mt-4 text-2xl font-semibold tracking-tight">Orderdeck</h1>
          <p className="mt-1.5 text-muted text-balance">{t("tagline")}</p>
        </div>
        <div className="rounded-xl border bg-surface p-6 shadow-sm">
          <h2 className="mb-5 text-base font-semibold tracking-tight">{heading}</h2>
          {children}
        </div>
        {after}
      </div>
    </main>
  );
}
