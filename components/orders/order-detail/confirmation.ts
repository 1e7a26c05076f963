// The words of a destructive action's confirmation: what will happen, on which order, on which platform.
import type { useTranslations } from "next-intl";
import type { AvailableAction } from "@/lib/domain/action";
import type { Order, OrderLine } from "@/lib/domain/order";

type T = ReturnType<typeof useTranslations<"actions">>;

/** The line as the platform names it, with its SKU: "Rochie Floral (MK-53)". */
export function itemName(line: OrderLine): string {
  return line.sku ? `${line.name} (${line.sku})` : line.name;
}

export function confirmation(
  t: T,
  action: AvailableAction,
  /** The action's words (useActionLabel). */
  label: string,
  order: Order,
  platformLabel: string,
  line: OrderLine | undefined,
): { title: string; description: string } {
  const number = order.number;
  const quantity = String(line?.quantity ?? 1);
  switch (action.type) {
    case "cancel":
      return {
        title: t("confirm.cancelTitle", { number, platform: platformLabel }),
        description: action.status
          ? t("confirm.cancelWithStatus", { status: action.status.label })
          : t("confirm.cancel"),
      };
    case "reject-item":
      return {
        title: line
          ? t("confirm.rejectTitle", { item: itemName(line), number })
          : t("confirm.rejectThisTitle", { number }),
        description: t("confirm.reject", { platform: platformLabel, quantity }),
      };
    case "delete-item":
      return {
        title: line
          ? t("confirm.deleteTitle", { item: itemName(line), number })
          : t("confirm.deleteThisTitle", { number }),
        description: t("confirm.delete", { platform: platformLabel, quantity }),
      };
    default:
      return {
        title: t("confirm.otherTitle", { action: label, number }),
        description: t("confirm.other", { action: label, number, platform: platformLabel }),
      };
  }
}
