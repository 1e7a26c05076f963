import type { Metadata } from "next";
import { cookies } from "next/headers";
import { Suspense } from "react";
import { OverviewSkeleton } from "@/components/overview/overview-skeleton";
import { OverviewView } from "@/components/overview/overview-view";
import { requirePageUser } from "@/lib/auth/page";
import { getDb } from "@/lib/db";
import { TIME_ZONE_COOKIE } from "@/lib/domain/overview";
import { can } from "@/lib/domain/user";
import { readFirstOverview } from "@/lib/overview/first-overview";

export const metadata: Metadata = { title: "Overview" };

/** The home page, for every role: how the shops are selling, and what needs doing now. */
export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser();
  const tz = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const first = await readFirstOverview(await getDb(), await searchParams, tz);
  return (
    // The view reads its range from the URL (nuqs, useSearchParams): the skeleton stands in until it can.
    <Suspense fallback={<OverviewSkeleton />}>
      <OverviewView isAdmin={can(user.role, "connections:manage")} first={first} />
    </Suspense>
  );
}
