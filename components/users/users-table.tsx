"use client";
import { RotateCw, TriangleAlert, Users } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TBody, TD, TH, THead } from "@/components/ui/table";
import { useUsers } from "@/lib/client/use-users";
import { UserRow } from "./user-row";

const COLUMNS = ["User", "Role", "Status", "Last sign-in"];

function Header() {
  return (
    <THead>
      <tr>
        {COLUMNS.map((c) => (
          <TH key={c}>{c}</TH>
        ))}
        <TH>
          <span className="sr-only">Actions</span>
        </TH>
      </tr>
    </THead>
  );
}

export function UsersTable({ currentUserId }: { currentUserId: string }) {
  const { data: users, isPending, isError, error, refetch, isRefetching } = useUsers();

  if (isError) {
    return (
      <Card>
        <EmptyState
          tone="danger"
          icon={TriangleAlert}
          title="Could not load users"
          description={error.message}
          action={
            <Button variant="secondary" loading={isRefetching} onClick={() => void refetch()}>
              <RotateCw aria-hidden />
              Retry
            </Button>
          }
        />
      </Card>
    );
  }

  if (!isPending && users.length === 0) {
    return (
      <Card>
        <EmptyState icon={Users} title="No users yet" description="Add the people who work on your orders." />
      </Card>
    );
  }

  return (
    <Table label="Users" aria-busy={isPending || undefined}>
      <Header />
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
