import type { Metadata } from "next";
import { AddUserDialog } from "@/components/users/add-user-dialog";
import { UsersTable } from "@/components/users/users-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePageUser("users:manage");
  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in to Orderdeck, and what their role lets them do."
        actions={<AddUserDialog />}
      />
      <UsersTable currentUserId={user.id} />
    </>
  );
}
