import { FileQuestion } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors"))("notFoundTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <StatusPage standalone code="404" title={t("notFoundHeading")} icon={FileQuestion}>
      {t("notFoundBody")}
    </StatusPage>
  );
}
