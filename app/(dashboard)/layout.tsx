import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { LiveNotifier } from "@/components/layout/live-notifier";
import { LiveStatusNote } from "@/components/layout/live-status-note";
import { requirePageUser } from "@/lib/auth/page";
import { LiveProvider } from "@/lib/client/live/live-provider";
import { PlatformMarksProvider } from "@/lib/client/platform-marks";
import { platformMarks } from "@/lib/platforms/describe";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return (
    <PlatformMarksProvider marks={platformMarks()}>
      {/* The pages' URL state (filters, paging) goes through nuqs. */}
      <NuqsAdapter>
        {/* One live-events stream per tab, for every page (lib/client/live). */}
        <LiveProvider>
          <AppShell user={user}>{children}</AppShell>
          <LiveStatusNote />
          <LiveNotifier />
        </LiveProvider>
      </NuqsAdapter>
    </PlatformMarksProvider>
  );
}
