import { KeyRound, Plug, RefreshCw, ShieldCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { usePlatformMarks } from "@/lib/client/platform-marks";
import { PlatformName } from "./platform-icon";

// Each fact's title and text are `connections.empty.facts.<key>`.
const FACTS = [
  { key: "perShop", icon: KeyRound },
  { key: "encrypted", icon: ShieldCheck },
  { key: "source", icon: RefreshCw },
] as const;

/** No connections yet: what a connection is, who can add one, and the platforms Orderdeck speaks to. */
export function ConnectionsEmpty({ admin, action }: { admin: boolean; action: ReactNode }) {
  const t = useTranslations("connections.empty");
  const platforms = usePlatformMarks();
  return (
    <>
      <Card className="overflow-hidden">
        <EmptyState
          icon={Plug}
          title={t("title")}
          description={admin ? t("descriptionAdmin") : t("description")}
          action={action}
        />
        <div className="grid gap-px border-t bg-border sm:grid-cols-3">
          {FACTS.map(({ key, icon: Icon }) => (
            <div key={key} className="bg-surface p-5">
              <Icon aria-hidden className="size-4 text-accent-soft-fg" />
              <h3 className="mt-2.5 font-medium">{t(`facts.${key}.title`)}</h3>
              <p className="mt-1 text-muted">{t(`facts.${key}.text`)}</p>
            </div>
          ))}
        </div>
      </Card>
      <section aria-labelledby="platforms" className="mt-8">
        <h2 id="platforms" className="text-[13px] font-medium text-muted">
          {t("platforms")}
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {platforms.map(({ id }) => (
            <li key={id} className="rounded-full border bg-surface py-1 pr-3 pl-1.5 text-[13px] shadow-xs">
              <PlatformName platform={id} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
