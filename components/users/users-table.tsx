"use client";
import { Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError } from "@/components/ui/load-error";
import { Skeleton } from "@/components/ui/skeleton";
import { HeaderRow, Table, TBody, TD } from "@/components/ui/table";
import { useUsers } from "@/lib/client/use-users";
import { UserRow } from "./user-row";

const COLUMNS = ["user", "role", "status", "lastSignIn"] as const;

export function UsersTable({ currentUserId }: { currentUserId: string }) {
  const t = useTranslations("users.table");
  const query = useUsers();

  if (query.isError) {
    return (
      <Card>
        <LoadError title={t("loadFailed")} query={query} />
      </Card>
    );
  }
  const { data: users, isPending } = query;

  if (!isPending && users.length === 0) {
    return (
      <Card>
        <EmptyState icon={Users} title={t("empty")} description={t("emptyHint")} />
      </Card>
    );
  }

  return (
    <Table label={t("label")} aria-busy={isPending || undefined}>
      <HeaderRow columns={COLUMNS.map((column) => t(`columns.${column}`))} actions />
      <TBody>
        {isPending
          ? [0, 1, 2].map((i) => (
              <tr key={i}>
                <TD>
                  <div className="flex items-center gap-3">
                    <Skeleton className="size-8 rounded-full" />
                    <div className="grid gap-1.5">
                      <Skeleton className="h-3.5 w-28" />
                      <Skeleton className="h-3 w-40" />
                    </div>
                  </div>
                </TD>
                {[40, 16, 20, 24].map((w) => (
                  <TD key={w}>
                    <Skeleton className="h-4" style={{ width: `${w * 4}px` }} />
                  </TD>
                ))}
              </tr>
            ))
          : users.map((user) => <UserRow key={user.id} user={user} isSelf={user.id === currentUserId} />)}
      </TBody>
    </Table>
  );
}
