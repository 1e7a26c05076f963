// Where a chart will be while its code loads (the charts load only on the overview, after the page).
import { Skeleton } from "@/components/ui/skeleton";
import { HEIGHT } from "./charts/axis-style";

export function ChartPlaceholder({ height = HEIGHT }: { height?: number }) {
  return <Skeleton className="w-full" style={{ height }} />;
}
