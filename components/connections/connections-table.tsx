"use client";
import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";
import { HeaderRow, Table, TBody, TD } from "@/components/ui/table";
import type { ConnectionItem } from "@/lib/client/use-connections";
import { ConnectionRow, stacked } from "./connection-row";

function SkeletonRow({ admin }: { admin: boolean }) {
  return (
    <tr className={stacked.row}>
      <TD className={stacked.main}>
        <div className="flex items-center gap-3">
          <Skeleton className="size-8 rounded-md" />
          <div className="grid gap-1.5">
            <Skeleton className="h-3.5 w-36" />
            <Skeleton className="h-3 w-24" />
            {admin ? <Skeleton className="h-3 w-48" /> : null}
          </div>
        </div>
      </TD>
      <TD className={stacked.health}>
        <Skeleton className="h-4 w-52 max-w-full" />
      </TD>
      {admin ? (
        <TD className={stacked.actions}>
          <Skeleton className="ml-auto h-8 w-32" />
        </TD>
      ) : null}
    </tr>
  );
}

/** The connections as a table; `undefined` while loading shows skeleton rows. */
export function ConnectionsTable({
  connections,
  admin,
}: {
  connections: ConnectionItem[] | undefined;
  admin: boolean;
}) {
  const t = useTranslations("connections.table");
  return (
    <Table label={t("label")} aria-busy={connections ? undefined : true} className="max-md:block">
      <HeaderRow columns={[t("connection"), t("health")]} actions={admin} className="max-md:hidden" />
      <TBody className="max-md:block">
        {connections
          ? connections.map((connection) => <ConnectionRow key={connection.id} connection={connection} admin={admin} />)
          : [0, 1, 2].map((i) => <SkeletonRow key={i} admin={admin} />)}
      </TBody>
    </Table>
  );
}
