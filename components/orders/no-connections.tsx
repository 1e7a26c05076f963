import { ArrowRight, Plug } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** Before any shop is connected there is nothing to list: say so, and show admins where to start. */
export function NoConnections({ isAdmin }: { isAdmin: boolean }) {
  const t = useTranslations("orders");
  return (
    <Card>
      <EmptyState
        icon={Plug}
        title={t("noConnections")}
        description={isAdmin ? t("noConnectionsAdminHint") : t("noConnectionsHint")}
        action={
          isAdmin ? (
            <Link href="/connections" className={buttonClasses("primary")}>
              {t("goToConnections")}
              <ArrowRight aria-hidden />
            </Link>
          ) : null
        }
      />
    </Card>
  );
}
