import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthScreen } from "@/components/auth/auth-screen";
import { DemoAccounts } from "@/components/auth/demo-accounts";
import { LoginForm } from "@/components/auth/login-form";
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
    <AuthScreen
      heading="Sign in to your account"
      after={demoUsers.length > 0 ? <DemoAccounts users={demoUsers} /> : null}
    >
      <LoginForm callbackUrl={callbackUrl} />
    </AuthScreen>
  );
}
