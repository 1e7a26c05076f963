"use client";
import { ChevronLeft, ChevronRight, SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError } from "@/components/ui/load-error";
import { useAuditEvents } from "@/lib/client/use-audit";
import { useUsers } from "@/lib/client/use-users";
import { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";
import { useAuditUrl } from "./use-audit-url";

export function AuditView() {
  const t = useTranslations("audit.view");
  const { values, filters, setFilter, setBefore, clear, hasFilters } = useAuditUrl();
  const users = useUsers();
  const audit = useAuditEvents(filters);
  const usersById = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u])), [users.data]);
  const page = audit.data;

  let body: React.ReactNode;
  if (audit.isError) {
    body = (
      <Card>
        <LoadError title={t("loadFailed")} query={audit} />
      </Card>
    );
  } else if (page && page.events.length === 0 && !audit.isPlaceholderData) {
    body = (
      <Card>
        <EmptyState
          icon={SearchX}
          title={hasFilters || filters.before ? t("noMatch") : t("empty")}
          description={hasFilters ? t("widerHint") : undefined}
          action={
            hasFilters || filters.before ? (
              <Button variant="secondary" onClick={clear}>
                {t("clearFilters")}
              </Button>
            ) : null
          }
        />
      </Card>
    );
  } else {
    body = <AuditTable events={page?.events} usersById={usersById} stale={audit.isPlaceholderData} />;
  }

  return (
    <>
      <AuditFilters filters={values} users={users.data} onChange={setFilter} onClear={clear} hasFilters={hasFilters} />
      {body}
      <nav aria-label={t("pages")} className="mt-4 flex items-center justify-between gap-3">
        <p className="text-[13px] text-muted tabular-nums" aria-live="polite">
          {page && page.events.length > 0 ? t("count", { count: page.events.length }) : ""}
        </p>
        <div className="flex gap-2">
          <Button variant="secondary" size="sm" disabled={!filters.before} onClick={() => setBefore(null)}>
            <ChevronLeft aria-hidden />
            {t("newest")}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            disabled={!page?.nextBefore || audit.isPlaceholderData}
            onClick={() => page?.nextBefore && setBefore(page.nextBefore)}
          >
            {t("older")}
            <ChevronRight aria-hidden />
          </Button>
        </div>
      </nav>
    </>
  );
}
