// Test-only: the authored fixtures (the seed has no payloads; see fixtures/README.md) and how to map them.
import type { Money } from "../../domain/order";
import expandedPayload from "./fixtures/order-expanded.json" with { type: "json" };
import listPayload from "./fixtures/order-list.json" with { type: "json" };
import returnedPayload from "./fixtures/order-returned.json" with { type: "json" };
import statusesPayload from "./fixtures/statuses.json" with { type: "json" };
import { DEFAULT_TIME_ZONE } from "./assumed";
import { type MapContext, mapOrder, parseOrder } from "./mappers";
import { statusListSchema } from "./schema";
import { type InstanceStatus, toInstanceStatus } from "./statuses";

export { expandedPayload, listPayload, returnedPayload };

export const statuses: InstanceStatus[] = statusListSchema.parse(statusesPayload).statuses.map(toInstanceStatus);

export const map = (
  payload: unknown,
  known: readonly InstanceStatus[] = statuses,
  more: Partial<Omit<MapContext, "statuses">> = {},
) =>
  mapOrder(parseOrder(payload), payload, {
    connectionId: "conn-1",
    statuses: known,
    timeZone: DEFAULT_TIME_ZONE,
    carriers: [],
    ...more,
  });

export const czk = (amount: string): Money => ({ amount, currency: "CZK" });
export const eur = (amount: string): Money => ({ amount, currency: "EUR" });

/** 5002 (sent, paid) and 5001 (new, unpaid), as the list sends them. */
export const [sentPayload, newPayload] = listPayload.orders as [
  (typeof listPayload.orders)[0],
  (typeof listPayload.orders)[0],
];
