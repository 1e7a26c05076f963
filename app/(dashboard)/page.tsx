import type { Metadata } from "next";
import { Suspense } from "react";
import { OverviewSkeleton } from "@/components/overview/overview-skeleton";
import { OverviewView } from "@/components/overview/overview-view";
import { requirePageUser } from "@/lib/auth/page";
import { can } from "@/lib/domain/user";

export const metadata: Metadata = { title: "Overview" };

/** The home page, for every role: how the shops are selling, and what needs doing now. */
export default async function OverviewPage() {
  const user = await requirePageUser();
  return (
    // The view reads its range from the URL (nuqs, useSearchParams): the skeleton stands in until it can.
    <Suspense fallback={<OverviewSkeleton />}>
      <OverviewView isAdmin={can(user.role, "connections:manage")} />
    </Suspense>
  );
}
