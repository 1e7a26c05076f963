"use client";
import { ChevronRight, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** The platform's payload as received, collapsed; the JSON is only stringified once someone opens it. */
export function RawDataSection({ raw, platformLabel }: { raw: unknown; platformLabel: string }) {
  const t = useTranslations("order.raw");
  const [open, setOpen] = useState(false);
  const text = open ? JSON.stringify(raw, null, 2) : "";
  return (
    <Card className="od-print-hide">
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="flex cursor-pointer list-none items-center gap-2 rounded-xl px-5 py-4 font-semibold tracking-tight outline-none focus-visible:ring-2 focus-visible:ring-ring [&::-webkit-details-marker]:hidden">
          <ChevronRight aria-hidden className="size-4 text-muted transition-transform [details[open]_&]:rotate-90" />
          {t("title")}
          <span className="font-normal text-muted">{t("ownAnswer", { platform: platformLabel })}</span>
        </summary>
        {open ? (
          <div className="grid gap-2 px-5 pb-5">
            <Button
              variant="secondary"
              size="sm"
              className="justify-self-end"
              onClick={() =>
                navigator.clipboard.writeText(text).then(
                  () => toast.success(t("copied")),
                  () => toast.error(t("copyFailed")),
                )
              }
            >
              <Copy aria-hidden />
              {t("copy")}
            </Button>
            <pre
              // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrollable JSON must be reachable by keyboard
              tabIndex={0}
              className="max-h-[32rem] overflow-auto rounded-md border bg-surface-2 p-3 font-mono text-xs leading-relaxed"
            >
              {text}
            </pre>
          </div>
        ) : null}
      </details>
    </Card>
  );
}
