"use client";
import { Users } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError } from "@/components/ui/load-error";
import { Skeleton } from "@/components/ui/skeleton";
import { HeaderRow, Table, TBody, TD } from "@/components/ui/table";
import { useUsers } from "@/lib/client/use-users";
import { UserRow } from "./user-row";

const COLUMNS = ["User", "Role", "Status", "Last sign-in"];

export function UsersTable({ currentUserId }: { currentUserId: string }) {
  const query = useUsers();

  if (query.isError) {
    return (
      <Card>
        <LoadError title="Could not load users" query={query} />
      </Card>
    );
  }
  const { data: users, isPending } = query;

  if (!isPending && users.length === 0) {
    return (
      <Card>
        <EmptyState icon={Users} title="No users yet" description="Add the people who work on your orders." />
      </Card>
    );
  }

  return (
    <Table label="Users" aria-busy={isPending || undefined}>
      <HeaderRow columns={COLUMNS} actions />
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
