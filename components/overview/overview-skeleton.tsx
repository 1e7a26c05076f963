// The overview's shape while its figures load: four figure cards, two charts, the stages and the attention list.
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { LoadingShape, Skeleton, SkeletonBars } from "@/components/ui/skeleton";

const Block = ({ className }: { className: string }) => (
  <Card className="p-5">
    <SkeletonBars bars={["h-4 w-32", "mt-2 h-3 w-48"]} />
    <Skeleton className={`mt-5 w-full ${className}`} />
  </Card>
);

export function OverviewSkeleton() {
  const t = useTranslations("overview");
  return (
    <LoadingShape label={t("loading")} className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {["orders", "revenue", "average", "lost"].map((key) => (
          <Card key={key} className="p-5">
            <SkeletonBars bars={["h-4 w-24", "mt-4 h-7 w-28", "mt-4 h-3 w-36"]} />
          </Card>
        ))}
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        <Block className="h-[260px]" />
        <Block className="h-[260px]" />
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        <Block className="h-[272px]" />
        <Block className="h-[200px]" />
      </div>
    </LoadingShape>
  );
}
