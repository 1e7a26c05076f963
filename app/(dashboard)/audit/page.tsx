import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AuditView } from "@/components/audit/audit-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage() {
  await requirePageUser("audit:read");
  const t = await getTranslations("audit");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Suspense>
        <AuditView />
      </Suspense>
    </>
  );
}
