import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthScreen } from "@/components/auth/auth-screen";
import { ForcedPasswordChange } from "@/components/auth/forced-password-change";
import { requirePasswordChangeUser } from "@/lib/auth/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("password"))("title") };
}

// Where every page sends a user whose password an admin reset, until they choose a new one.
export default async function ChangePasswordPage() {
  const user = await requirePasswordChangeUser();
  const t = await getTranslations("password");
  return (
    <AuthScreen heading={t("title")}>
      <ForcedPasswordChange email={user.email} />
    </AuthScreen>
  );
}
