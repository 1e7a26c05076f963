"use client";
import { FlaskConical } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/domain/user";
import { FILL_LOGIN_EVENT, type FillLoginDetail } from "./login-form";

interface DemoUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** Demo mode only: the published demo accounts, one per role, each with a button that fills the form. */
export function DemoAccounts({ users }: { users: readonly DemoUser[] }) {
  const t = useTranslations("auth");
  const roles = useTranslations("roles");
  const use = (user: DemoUser) =>
    window.dispatchEvent(
      new CustomEvent<FillLoginDetail>(FILL_LOGIN_EVENT, { detail: { email: user.email, password: user.password } }),
    );
  return (
    <section aria-labelledby="demo-accounts" className="mt-6 rounded-xl border border-dashed bg-surface/60 p-4">
      <h2 id="demo-accounts" className="flex items-center gap-2 text-[13px] font-semibold">
        <FlaskConical aria-hidden className="size-4 text-accent-soft-fg" />
        {t("demoAccounts")}
      </h2>
      <p className="mt-1 text-xs text-muted">{t("demoIntro")}</p>
      <ul className="mt-3 grid gap-2">
        {users.map((user) => (
          <li key={user.email} className="flex items-center gap-3 rounded-lg bg-surface-2/70 px-3 py-2">
            <div className="min-w-0 flex-1">
              <p className="text-[13px] font-medium">{roles(user.role)}</p>
              <p className="truncate font-mono text-xs text-muted">{user.email}</p>
              <p className="truncate font-mono text-xs text-muted">{user.password}</p>
            </div>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => use(user)}
              aria-label={t("useDemoAccount", { role: roles(user.role) })}
            >
              {t("use")}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
