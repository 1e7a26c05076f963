import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddUserDialog } from "@/components/users/add-user-dialog";
import { UsersTable } from "@/components/users/users-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const user = await requirePageUser("users:manage");
  const t = await getTranslations("users");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<AddUserDialog />} />
      <UsersTable currentUserId={user.id} />
    </>
  );
}
