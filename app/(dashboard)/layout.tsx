import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requirePageUser } from "@/lib/auth/page";
import { PlatformMarksProvider } from "@/lib/client/platform-marks";
import { platformMarks } from "@/lib/platforms/describe";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return (
    <PlatformMarksProvider marks={platformMarks()}>
      {/* The pages' URL state (filters, paging) goes through nuqs. */}
      <NuqsAdapter>
        <AppShell user={user}>{children}</AppShell>
      </NuqsAdapter>
    </PlatformMarksProvider>
  );
}
