// One way to build the buttons an adapter offers (AvailableAction), so the same action has the same key, words
// and confirmation on every platform: the key is the type, `<type>:<line id>` for a line's action and
// `set-status:<code>` for a fixed status move; the label is ACTION_TYPE_LABELS' unless the button says more;
// cancelling, rejecting and deleting ask for confirmation.
import { ACTION_TYPE_LABELS, type ActionType, type AvailableAction } from "../domain/action";

const DESTRUCTIVE: ReadonlySet<ActionType> = new Set(["cancel", "reject-item", "delete-item"]);

type Details = Partial<Omit<AvailableAction, "key" | "type" | "destructive">>;

function keyOf(type: ActionType, details: Details): string {
  if (details.lineId) return `${type}:${details.lineId}`;
  if (type === "set-status" && details.status) return `set-status:${details.status.code}`;
  return type;
}

export function offer(type: ActionType, details: Details = {}): AvailableAction {
  return {
    key: keyOf(type, details),
    type,
    label: ACTION_TYPE_LABELS[type],
    ...details,
    destructive: DESTRUCTIVE.has(type),
  };
}

/** "Change status" with the statuses to choose from; nothing when there are none. */
export function changeStatus(statusOptions: NonNullable<AvailableAction["statusOptions"]>): AvailableAction[] {
  return statusOptions.length > 0 ? [offer("set-status", { statusOptions })] : [];
}
