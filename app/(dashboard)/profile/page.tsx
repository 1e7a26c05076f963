import type { Metadata } from "next";
import { headers } from "next/headers";
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
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/domain/user";
import { env } from "@/lib/env";
import { getUserLocale } from "@/lib/users/locale";

export const metadata: Metadata = { title: "Profile" };

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
  return (
    <>
      <PageHeader
        title="Profile"
        description="Your account, your password, notifications and your personal API tokens."
      />
      <Card>
        <CardContent className="flex flex-wrap items-start gap-4 sm:items-center">
          <Initials name={user.name} className="size-12 text-base" />
          <dl className="grid flex-1 gap-x-10 gap-y-3 sm:grid-cols-3">
            <div>
              <dt className="text-xs text-muted">Name</dt>
              <dd className="mt-0.5 font-medium">{user.name}</dd>
            </div>
            <div className="min-w-0">
              <dt className="text-xs text-muted">Email</dt>
              <dd className="mt-0.5 truncate font-medium">{user.email}</dd>
            </div>
            <div>
              <dt className="text-xs text-muted">Role</dt>
              <dd className="mt-0.5 font-medium" title={ROLE_DESCRIPTIONS[user.role]}>
                {ROLE_LABELS[user.role]}
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
