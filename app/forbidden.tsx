import { ShieldX } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors"))("forbiddenTitle") };
}

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <StatusPage code="403" title={t("forbiddenHeading")} icon={ShieldX}>
      {t("forbiddenBody")}
    </StatusPage>
  );
}
