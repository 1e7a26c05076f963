"use client";
import { RotateCw, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** An unexpected failure while rendering a dashboard page: say so plainly and offer a retry. */
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Card className="mt-6">
      <EmptyState
        tone="danger"
        icon={TriangleAlert}
        title="This page could not be shown"
        description={
          <>
            Something went wrong on our side. Try again; if it keeps happening, tell your admin
            {error.digest ? (
              <>
                {" "}
                (reference <code className="font-mono text-xs">{error.digest}</code>)
              </>
            ) : null}
            .
          </>
        }
        action={
          <Button variant="secondary" onClick={reset}>
            <RotateCw aria-hidden />
            Retry
          </Button>
        }
      />
    </Card>
  );
}
