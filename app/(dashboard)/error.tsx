"use client";
import { RotateCw, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** An unexpected failure while rendering a dashboard page: say so plainly and offer a retry. */
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const ui = useTranslations("ui");
  return (
    <Card className="mt-6">
      <EmptyState
        tone="danger"
        icon={TriangleAlert}
        title={t("pageFailedTitle")}
        description={
          error.digest
            ? t.rich("pageFailedWithReference", {
                reference: error.digest,
                code: (chunks) => <code className="font-mono text-xs">{chunks}</code>,
              })
            : t("pageFailed")
        }
        action={
          <Button variant="secondary" onClick={reset}>
            <RotateCw aria-hidden />
            {ui("retry")}
          </Button>
        }
      />
    </Card>
  );
}
