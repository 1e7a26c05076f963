import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ApiUsageNote } from "@/components/profile/api-usage-note";
import { LanguageSection } from "@/components/profile/language-section";
import { NotificationsSection } from "@/components/profile/notifications-section";
import { PasswordSection } from "@/components/profile/password-section";
import { TokensSection } from "@/components/profile/tokens-section";
import { Card, CardContent } from "@/components/ui/card";
import { Initials } from "@/components/ui/initials";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getUserLocale } from "@/lib/users/locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

/** The origin scripts should call: NEXTAUTH_URL when set (the public address), else this request's host. */
async function publicOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export default async function ProfilePage() {
  const user = await requirePageUser();
  const origin = await publicOrigin();
  const chosenLocale = await getUserLocale(await getDb(), user.id);
  const t = await getTranslations("profile");
  const roles = await getTranslations("roles");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardContent className="flex flex-wrap items-start gap-4 sm:items-center">
          <Initials name={user.name} className="size-12 text-base" />
          <dl className="grid flex-1 gap-x-10 gap-y-3 sm:grid-cols-3">
            <div>
              <dt className="text-xs text-muted">{t("name")}</dt>
              <dd className="mt-0.5 font-medium">{user.name}</dd>
            </div>
            <div className="min-w-0">
              <dt className="text-xs text-muted">{t("email")}</dt>
              <dd className="mt-0.5 truncate font-medium">{user.email}</dd>
            </div>
            <div>
              <dt className="text-xs text-muted">{t("role")}</dt>
              <dd className="mt-0.5 font-medium" title={t(`roleDescriptions.${user.role}`)}>
                {roles(user.role)}
              </dd>
            </div>
          </dl>
        </CardContent>
      </Card>
      <LanguageSection chosen={chosenLocale} />
      <PasswordSection email={user.email} />
      <NotificationsSection />
      <TokensSection />
      <ApiUsageNote origin={origin} />
    </>
  );
}
