import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { LogoMark } from "@/components/ui/logo";
import { cn } from "@/lib/client/cn";

interface StatusPageProps {
  code: string;
  title: string;
  children: ReactNode;
  icon: LucideIcon;
  /** Full-screen with the logo (outside the app shell), or a block inside the shell. */
  standalone?: boolean;
}

/** The 403 / 404 message: code, title, explanation and a way back. */
export function StatusPage({ code, title, children, icon: Icon, standalone = false }: StatusPageProps) {
  const Wrapper = standalone ? "main" : "div";
  const t = useTranslations("errors");
  return (
    <Wrapper
      className={cn(
        "flex flex-col items-center justify-center px-4 py-12 text-center",
        standalone ? "min-h-dvh" : "min-h-[60dvh]",
      )}
    >
      {standalone ? <LogoMark className="mb-10 size-9" /> : null}
      <div className="flex size-12 items-center justify-center rounded-full bg-surface-2 text-muted ring-1 ring-border ring-inset">
        <Icon aria-hidden className="size-5" />
      </div>
      <p className="mt-5 font-mono text-xs font-medium tracking-widest text-muted">{code}</p>
      <h1 className="mt-1 text-xl font-semibold tracking-tight">{title}</h1>
      <div className="mt-2 max-w-sm text-muted text-pretty">{children}</div>
      <div className="mt-6 flex gap-2">
        <Link href="/orders" className={buttonClasses("primary")}>
          {t("goToOrders")}
        </Link>
        <Link href="/profile" className={buttonClasses("secondary")}>
          {t("yourProfile")}
        </Link>
      </div>
    </Wrapper>
  );
}
