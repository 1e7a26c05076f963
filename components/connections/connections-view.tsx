"use client";
// The Connections page body: the header with "Add connection" (admins), then the list, its loading
// skeleton, the error state with Retry, or the empty state (which explains what a connection is).
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LoadError } from "@/components/ui/load-error";
import { PageHeader } from "@/components/ui/page-header";
import { useLiveRefresh } from "@/lib/client/live/use-live-refresh";
import { queryKeys } from "@/lib/client/query-keys";
import { useConnections } from "@/lib/client/use-connections";
import type { LiveEvent } from "@/lib/domain/live-events";
import { ConnectionDialog } from "./connection-dialog";
import { ConnectionsEmpty } from "./connections-empty";
import { ConnectionsTable } from "./connections-table";

/** A shop's sync state moved (phase, last success or error, import progress): its row shows it. */
const isSync = (event: LiveEvent) => event.type === "sync";

export function ConnectionsView({ admin }: { admin: boolean }) {
  const t = useTranslations("connections.page");
  const connections = useConnections();
  useLiveRefresh(queryKeys.connections.all, isSync, 2_000);
  const [adding, setAdding] = useState(false);
  const empty = connections.data?.length === 0;
  const addButton = (
    <Button onClick={() => setAdding(true)}>
      <Plus aria-hidden />
      {t("add")}
    </Button>
  );

  let body: React.ReactNode;
  if (connections.isError) {
    body = (
      <Card>
        <LoadError title={t("loadError")} query={connections} />
      </Card>
    );
  } else if (empty) {
    body = <ConnectionsEmpty admin={admin} action={admin ? addButton : null} />;
  } else {
    body = <ConnectionsTable connections={connections.data} admin={admin} />;
  }

  return (
    <>
      <PageHeader
        title={t("title")}
        description={admin ? t("descriptionAdmin") : t("description")}
        // The empty state has its own "Add connection": one button of that name at a time.
        actions={admin && !empty && !connections.isError ? addButton : undefined}
      />
      {body}
      {admin && adding ? <ConnectionDialog open onOpenChange={setAdding} /> : null}
    </>
  );
}
