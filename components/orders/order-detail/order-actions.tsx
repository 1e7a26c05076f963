"use client";
import { useTranslations } from "next-intl";
import type { OrderDetail } from "@/lib/client/use-order";
import { usePlatformMark } from "@/lib/client/platform-marks";
import { ActionButton } from "./action-button";
import type { ActionRunner } from "./use-action-runner";

/** The order-level actions the platform allows now (per-line ones sit in their rows, "Add item" on the items). */
export function OrderActions({ detail, runner }: { detail: OrderDetail; runner: ActionRunner }) {
  const t = useTranslations("actions");
  const actions = detail.actions.filter((action) => !action.lineId && action.type !== "add-item");
  const platformLabel = usePlatformMark(detail.connection.platform).label;
  if (actions.length === 0) return null;
  // Status moves first, then the rest, with the destructive ones last so they are never the first target.
  const ordered = [...actions].sort((a, b) => Number(a.destructive) - Number(b.destructive));
  return (
    <div role="toolbar" aria-label={t("toolbar")} className="od-print-hide flex flex-wrap items-center gap-2">
      {ordered.map((action, index) => (
        <ActionButton
          key={action.key}
          action={action}
          order={detail.order}
          platformLabel={platformLabel}
          runner={runner}
          variant={index === 0 && !action.destructive ? "primary" : undefined}
        />
      ))}
    </div>
  );
}
