import { ArrowRight, Plug } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page";
import { can } from "@/lib/domain/user";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage() {
  const user = await requirePageUser("orders:read");
  const canManage = can(user.role, "connections:manage");
  return (
    <>
      <PageHeader title="Orders" description="Orders from every connected shop, newest first." />
      <Card>
        <EmptyState
          icon={Plug}
          title="No connections yet"
          description={
            canManage
              ? "Orders appear here once a shop is connected. Add a connection with the shop's API credentials to start."
              : "Orders appear here once an admin connects a shop. Ask your admin to add a connection."
          }
          action={
            canManage ? (
              <Link href="/connections" className={buttonClasses("primary")}>
                Go to Connections
                <ArrowRight aria-hidden />
              </Link>
            ) : null
          }
        />
      </Card>
    </>
  );
}
