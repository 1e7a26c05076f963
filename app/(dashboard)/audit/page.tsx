import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditView } from "@/components/audit/audit-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  await requirePageUser("audit:read");
  return (
    <>
      <PageHeader title="Audit log" description="Every sign-in and every change to users and tokens, newest first." />
      <Suspense>
        <AuditView />
      </Suspense>
    </>
  );
}
