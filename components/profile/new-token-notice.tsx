"use client";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { SecretField } from "@/components/auth/secret-field";
import { Button } from "@/components/ui/button";

/** The freshly created token's value, shown this one time only. */
export function NewTokenNotice({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const t = useTranslations("tokens");
  return (
    <section
      aria-label={t("noticeLabel")}
      className="rounded-lg border border-warning-soft-fg/30 bg-warning-soft/60 p-4"
    >
      <p className="flex items-start gap-2 font-medium text-warning-soft-fg">
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        {t("copyNow", { name })}
      </p>
      <SecretField id="new-token" label={t("newToken")} value={token} copied={t("copied")} />
      <div className="mt-3 flex justify-end">
        <Button variant="ghost" size="sm" onClick={onDone}>
          {t("stored")}
        </Button>
      </div>
    </section>
  );
}
