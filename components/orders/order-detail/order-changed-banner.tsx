"use client";
// "This order changed on the platform — Reload": the page never re-reads by itself (that would swap the action
// buttons under the pointer), it says so. The banner floats at the bottom instead of entering the page's flow,
// which would push the buttons down just as someone reaches for one. The live region is always there, empty
// until there is news, so screen readers announce it when it fills.
import { CircleAlert, RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

interface Props {
  changed: boolean;
  reloading: boolean;
  onReload: () => void;
}

export function OrderChangedBanner({ changed, reloading, onReload }: Props) {
  const t = useTranslations("order");
  const common = useTranslations("common");
  return (
    <div
      role="status"
      aria-live="polite"
      // Centred under the page's content: wide screens leave out the 248 px sidebar.
      className="od-print-hide pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4 lg:left-[248px]"
    >
      {changed ? (
        <div className="pointer-events-auto flex max-w-xl items-center gap-2.5 rounded-lg border border-warning-soft-fg/30 bg-warning-soft py-2 pr-2 pl-4 text-[13px] text-warning-soft-fg shadow-lg">
          <CircleAlert aria-hidden className="size-4 shrink-0" />
          <p className="font-medium">{t("changedOnPlatform")}</p>
          <Button size="sm" variant="secondary" onClick={onReload} loading={reloading}>
            {reloading ? null : <RefreshCw aria-hidden />}
            {common("reload")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
