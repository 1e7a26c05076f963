"use client";
import { Moon, Sun } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";

/**
 * Switches between light and dark. The label and icon follow the `dark` class that next-themes sets before
 * the first paint, so they are right on the server-rendered HTML too (no hydration flash).
 */
export function ThemeToggle({ className }: { className?: string }) {
  const { resolvedTheme, setTheme } = useTheme();
  const t = useTranslations("theme");
  const toggle = () => {
    const isDark = resolvedTheme ? resolvedTheme === "dark" : document.documentElement.classList.contains("dark");
    setTheme(isDark ? "light" : "dark");
  };
  return (
    <button type="button" onClick={toggle} className={cn(buttonClasses("ghost", "icon-sm"), "text-muted", className)}>
      <Moon aria-hidden className="dark:hidden" />
      <Sun aria-hidden className="hidden dark:block" />
      <span className="sr-only dark:hidden">{t("toDark")}</span>
      <span className="sr-only hidden dark:inline">{t("toLight")}</span>
    </button>
  );
}
