"use client";
// "3 new orders — show", floating over the top of the list: it takes no room in the page's flow, so its arrival
// moves no row from under the pointer. The live region is always there (empty until there is news), so screen
// readers announce the pill when it appears.
import { ArrowUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/client/cn";
import { focusRing } from "@/components/ui/button";

/** "1 new order — show", "3 new orders — show" (ICU plurals: "2 новых заказа", "5 новых заказов"). */
export function NewOrdersPill({ newCount, onShow }: { newCount: number; onShow: () => void }) {
  const t = useTranslations("orders");
  return (
    // The mobile top bar is 3.5rem tall and sticky: the pill sits just under it.
    <div role="status" aria-live="polite" className="sticky top-[4.25rem] z-20 flex h-0 justify-center lg:top-3">
      {newCount > 0 ? (
        <button
          type="button"
          onClick={onShow}
          className={cn(
            "mt-1 inline-flex h-8 cursor-pointer items-center gap-1.5 rounded-full bg-accent px-3.5 text-[13px] font-medium text-accent-fg shadow-lg transition-colors hover:bg-accent-hover [&_svg]:size-4",
            focusRing,
          )}
        >
          <ArrowUp aria-hidden />
          {t("newOrdersShow", { count: newCount })}
        </button>
      ) : null}
    </div>
  );
}
