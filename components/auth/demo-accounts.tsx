"use client";
import { FlaskConical } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, type Role } from "@/lib/domain/user";
import { FILL_LOGIN_EVENT, type FillLoginDetail } from "./login-form";

interface DemoUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** Demo mode only: the published demo accounts, one per role, each with a button that fills the form. */
export function DemoAccounts({ users }: { users: readonly DemoUser[] }) {
  const use = (user: DemoUser) =>
    window.dispatchEvent(
      new CustomEvent<FillLoginDetail>(FILL_LOGIN_EVENT, { detail: { email: user.email, password: user.password } }),
    );
  return (
    <section aria-labelledby="demo-accounts" className="mt-6 rounded-xl border border-dashed bg-surface/60 p-4">
      <h2 id="demo-accounts" className="flex items-center gap-2 text-[13px] font-semibold">
        <FlaskConical aria-hidden className="size-4 text-accent-soft-fg" />
        Demo accounts
      </h2>
      <p className="mt-1 text-xs text-muted">This is a demo against imitation shops. One account per role:</p>
      <ul className="mt-3 grid gap-2">
        {users.map((user) => (
          <li key={user.email} className="flex items-center gap-3 rounded-lg bg-surface-2/70 px-3 py-2">
            <div className="min-w-0 flex-1">
              <p className="text-[13px] font-medium">{ROLE_LABELS[user.role]}</p>
              <p className="truncate font-mono text-xs text-muted">{user.email}</p>
              <p className="truncate font-mono text-xs text-muted">{user.password}</p>
            </div>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => use(user)}
              aria-label={`Use the ${ROLE_LABELS[user.role]} demo account`}
            >
              Use
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
