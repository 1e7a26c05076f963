import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthScreen } from "@/components/auth/auth-screen";
import { DemoAccounts } from "@/components/auth/demo-accounts";
import { LoginForm } from "@/components/auth/login-form";
import { optionalPageUser } from "@/lib/auth/page";
import { safeCallbackUrl } from "@/lib/client/safe-callback";
import { DEMO_USERS } from "@/lib/demo/users";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  // next-auth sends people here with absolute callback URLs on our own origin; anything else falls back.
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, "/orders", env().NEXTAUTH_URL);
  if (await optionalPageUser()) redirect(callbackUrl);
  const demoUsers = env().DEMO ? DEMO_USERS : [];
  const t = await getTranslations("auth");

  return (
    <AuthScreen heading={t("signInHeading")} after={demoUsers.length > 0 ? <DemoAccounts users={demoUsers} /> : null}>
      <LoginForm callbackUrl={callbackUrl} />
    </AuthScreen>
  );
}
