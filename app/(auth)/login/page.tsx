import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DemoAccounts } from "@/components/auth/demo-accounts";
import { LoginForm } from "@/components/auth/login-form";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { LogoMark } from "@/components/ui/logo";
import { optionalPageUser } from "@/lib/auth/page";
import { safeCallbackUrl } from "@/lib/client/safe-callback";
import { DEMO_USERS } from "@/lib/demo/users";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  // next-auth sends people here with absolute callback URLs on our own origin; anything else falls back.
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, "/orders", env().NEXTAUTH_URL);
  if (await optionalPageUser()) redirect(callbackUrl);
  const demoUsers = env().DEMO ? DEMO_USERS : [];

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
          <p className="mt-1.5 text-muted text-balance">Every shop&apos;s orders in one back-office.</p>
        </div>
        <div className="rounded-xl border bg-surface p-6 shadow-sm">
          <h2 className="mb-5 text-base font-semibold tracking-tight">Sign in to your account</h2>
          <LoginForm callbackUrl={callbackUrl} />
        </div>
        {demoUsers.length > 0 ? <DemoAccounts users={demoUsers} /> : null}
      </div>
    </main>
  );
}
