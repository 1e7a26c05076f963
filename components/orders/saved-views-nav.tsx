"use client";
// The saved views under "Orders" in the sidebar: the user's own and those shared with everyone.
import { Users } from "lucide-react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { focusRing } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";
import { useSavedViews } from "@/lib/client/use-views";
import { viewHref } from "./saved-view-links";

export function SavedViewsNav({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <Suspense fallback={null}>
      <ViewsList onNavigate={onNavigate} />
    </Suspense>
  );
}

function ViewsList({ onNavigate }: { onNavigate?: () => void }) {
  const t = useTranslations("views");
  const views = useSavedViews();
  const pathname = usePathname();
  const params = useSearchParams();
  const openId = pathname === "/orders" ? params.get("view") : null;
  if (!views.data || views.data.length === 0) return null;
  return (
    <ul aria-label={t("savedViews")} className="mt-0.5 mb-1 ml-[1.1rem] grid gap-0.5 border-l pl-2">
      {views.data.map((view) => (
        <li key={view.id}>
          <Link
            href={viewHref(view)}
            onClick={onNavigate}
            aria-current={view.id === openId ? "page" : undefined}
            title={view.shared ? t("sharedBy", { name: view.ownerName }) : undefined}
            className={cn(
              "flex h-7 items-center gap-2 rounded-md px-2 text-[13px] text-muted transition-colors",
              "hover:bg-surface-2 hover:text-fg aria-[current=page]:bg-surface-2 aria-[current=page]:font-medium aria-[current=page]:text-fg",
              focusRing,
            )}
          >
            <span className="truncate">{view.name}</span>
            {view.shared ? (
              <>
                <Users aria-hidden className="ml-auto size-3.5 shrink-0" />
                <span className="sr-only">{t("sharedMark")}</span>
              </>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
