import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConnectionsView } from "@/components/connections/connections-view";
import { requirePageUser } from "@/lib/auth/page";
import { can } from "@/lib/domain/user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("connections.page"))("title") };
}

export default async function ConnectionsPage() {
  const user = await requirePageUser("connections:read");
  // The API decides what each role receives; this only chooses which controls to draw.
  return <ConnectionsView admin={can(user.role, "connections:manage")} />;
}
