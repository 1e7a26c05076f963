import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { OverviewView } from "@/components/overview/overview-view";
import { requirePageUser } from "@/lib/auth/page";
import { getDb } from "@/lib/db";
import { TIME_ZONE_COOKIE } from "@/lib/domain/overview";
import { can } from "@/lib/domain/user";
import { readFirstOverview } from "@/lib/overview/first-overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overview"))("title") };
}

/** The home page, for every role: how the shops are selling, and what needs doing now. */
export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser();
  const tz = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const first = await readFirstOverview(await getDb(), await searchParams, tz);
  // No Suspense boundary here: the page is rendered per request (it reads cookies), so the range from the URL is
  // known while rendering, and the figures come in the first HTML rather than streamed in after a skeleton
  // (React reveals streamed boundaries in batches, which put the headline figures ~0.5 s after the first paint).
  return <OverviewView isAdmin={can(user.role, "connections:manage")} first={first} />;
}
