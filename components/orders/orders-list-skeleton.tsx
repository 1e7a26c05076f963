import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { LoadingShape, SkeletonBars } from "@/components/ui/skeleton";

/** The list's shape while the page or its first data loads: header, toolbar, and a table of grey bars. */
export function OrdersListSkeleton() {
  const t = useTranslations("orders");
  return (
    <LoadingShape label={t("loading")}>
      <PageHeader title={t("title")} description={t("skeletonDescription")} />
      <div className="mb-4 grid gap-3 rounded-xl border bg-surface p-4 shadow-xs">
        <SkeletonBars
          className="flex flex-wrap gap-2"
          bars={["h-8 min-w-48 flex-1", "h-8 w-28", "h-8 w-20", "ml-auto h-8 w-40"]}
        />
        <SkeletonBars className="flex flex-wrap gap-2" bars={["h-8 w-36", "h-8 w-36", "h-8 w-48"]} />
      </div>
      <div className="overflow-hidden rounded-xl border bg-surface shadow-xs">
        <div className="h-10 border-b bg-surface-2/60" />
        {Array.from({ length: 10 }, (_, i) => (
          <SkeletonBars
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
            key={i}
            className="flex items-center gap-6 border-b px-4 py-3.5 last:border-0"
            bars={["h-4 w-28", "h-4 w-20", "h-4 w-24", "h-4 w-36 max-sm:hidden", "ml-auto h-5 w-24 rounded-full"]}
          />
        ))}
      </div>
    </LoadingShape>
  );
}
