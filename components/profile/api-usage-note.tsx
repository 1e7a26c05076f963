import { Terminal } from "lucide-react";
import { useTranslations } from "next-intl";

/** How to call the API with a personal token. */
export function ApiUsageNote({ origin }: { origin: string }) {
  const t = useTranslations("profile.apiUsage");
  return (
    <section aria-labelledby="api-usage" className="mt-6 rounded-xl border bg-surface-2/50 p-5">
      <h2 id="api-usage" className="flex items-center gap-2 text-[15px] font-semibold tracking-tight">
        <Terminal aria-hidden className="size-4 text-muted" />
        {t("title")}
      </h2>
      <p className="mt-1.5 max-w-2xl text-muted">{t("body")}</p>
      <pre className="mt-3 overflow-x-auto rounded-lg border bg-surface px-4 py-3 font-mono text-[13px]">
        <code>{`curl -H "Authorization: Bearer $TOKEN" ${origin}/api/me`}</code>
      </pre>
    </section>
  );
}
