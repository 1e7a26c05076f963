// The words of a destructive action's confirmation: what will happen, on which order, on which platform.
import type { AvailableAction } from "@/lib/domain/action";
import type { Order, OrderLine } from "@/lib/domain/order";

export function confirmation(
  action: AvailableAction,
  order: Order,
  platformLabel: string,
  line: OrderLine | undefined,
): { title: string; description: string } {
  const item = line ? `${line.name}${line.sku ? ` (${line.sku})` : ""}` : "this item";
  switch (action.type) {
    case "cancel":
      return {
        title: `Cancel order ${order.number} on ${platformLabel}?`,
        description: `The platform will cancel the whole order${action.status ? ` and set its status to “${action.status.label}”` : ""}. It may notify the customer, and Orderdeck cannot undo it.`,
      };
    case "reject-item":
      return {
        title: `Reject ${item} in order ${order.number}?`,
        description: `${platformLabel} will mark this item (quantity ${line?.quantity ?? 1}) as rejected: it will not be shipped to the customer. Orderdeck cannot undo it.`,
      };
    case "delete-item":
      return {
        title: `Delete ${item} from order ${order.number}?`,
        description: `${platformLabel} will remove this line (quantity ${line?.quantity ?? 1}) from the order. Orderdeck cannot undo it.`,
      };
    default:
      return {
        title: `${action.label} on order ${order.number}?`,
        description: `${platformLabel} will apply “${action.label}” to order ${order.number}. Orderdeck cannot undo it.`,
      };
  }
}
