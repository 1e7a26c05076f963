import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { LoadingShape, SkeletonBars } from "@/components/ui/skeleton";

/** The page's shape while the platform answers (a live read can take a second or two). */
export function OrderDetailSkeleton() {
  const t = useTranslations("order");
  return (
    <LoadingShape label={t("loading")} className="grid gap-6">
      <SkeletonBars className="grid gap-3" bars={["h-4 w-20", "h-8 w-64", "h-4 w-80 max-w-full"]} />
      <SkeletonBars className="flex gap-2" bars={["h-9 w-32", "h-9 w-28"]} />
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_19rem]">
        <Card className="grid gap-4 p-5">
          <SkeletonBars bars={["h-5 w-24"]} />
          {[0, 1, 2].map((row) => (
            <SkeletonBars key={row} className="flex items-center gap-3" bars={["size-10", "h-4 flex-1", "h-4 w-20"]} />
          ))}
        </Card>
        <div className="grid gap-6">
          {[0, 1].map((card) => (
            <Card key={card} className="p-5">
              <SkeletonBars className="grid gap-3" bars={["h-5 w-28", "h-4 w-40", "h-4 w-32"]} />
            </Card>
          ))}
        </div>
      </div>
    </LoadingShape>
  );
}
