// The order statuses of this Retailys instance (each instance defines its own [vendor]); a Czech shop's set.

export interface OrderStatus {
  id: number;
  name: string;
  icon: string;
  color: string;
  sort: number;
  completeOrder: boolean;
  cancelOrder: boolean;
}

const status = (id: number, name: string, icon: string, color: string, flags = {}): OrderStatus => ({
  id,
  name,
  icon,
  color,
  sort: id * 10,
  completeOrder: false,
  cancelOrder: false,
  ...flags,
});

export const STATUSES: readonly OrderStatus[] = [
  status(1, "Nová", "fa-star", "#2196f3"),
  status(2, "Přijatá", "fa-inbox", "#3f51b5"),
  status(3, "Čeká na platbu", "fa-hourglass-half", "#ff9800"),
  status(4, "Vyřizuje se", "fa-cogs", "#9c27b0"),
  status(5, "Připravena k odeslání", "fa-box", "#795548"),
  status(6, "Odeslána", "fa-truck", "#00bcd4"),
  status(7, "Doručena", "fa-home", "#009688"),
  status(8, "Vyřízena", "fa-check", "#4caf50", { completeOrder: true }),
  status(9, "Stornována", "fa-times", "#f44336", { cancelOrder: true }),
  status(10, "Vrácena", "fa-undo", "#607d8b", { cancelOrder: true }),
];

const BY_ID = new Map(STATUSES.map((entry) => [entry.id, entry]));

export function findStatus(id: number): OrderStatus | undefined {
  return BY_ID.get(id);
}

export function statusName(id: number): string {
  return BY_ID.get(id)?.name ?? String(id);
}
