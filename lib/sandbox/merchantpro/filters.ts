// The list filters the seed documents, by their exact (case-sensitive) query keys. Anything else is an
// `undefined_filter` error [vendor], decided in list.ts.
import { DATE_FILTER_PATTERN } from "./constants";
import type { Entry, OrderRecord } from "./types";

export type Predicate = (entry: Entry) => boolean;
/** Builds the predicate for one filter value, or returns an error message for a malformed value. */
type FilterFactory = (value: string) => Predicate | string;

function equals(field: keyof OrderRecord & string): FilterFactory {
  return (value) =>
    ({ order }) => {
      const actual = order[field];
      return actual !== null && actual !== undefined && String(actual) === value;
    };
}

function commaList(value: string): Set<string> {
  return new Set(
    value
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== ""),
  );
}

/** The Romanian calendar date of the order: date_created is written in shop time, so its first 10 characters. */
function localDate(order: OrderRecord): string {
  return typeof order.date_created === "string" ? order.date_created.slice(0, 10) : "";
}

function dateFilter(key: string, test: (orderDate: string, value: string) => boolean): FilterFactory {
  return (value) => {
    if (!DATE_FILTER_PATTERN.test(value) || Number.isNaN(Date.parse(value))) {
      return `Filter ${key} expects a date as YYYY-MM-DD, got "${value}".`;
    }
    return ({ order }) => test(localDate(order), value);
  };
}

export const FILTERS: Readonly<Record<string, FilterFactory>> = {
  id: equals("id"),
  ids: (value) => {
    const ids = commaList(value);
    return ({ order }) => ids.has(String(order.id));
  },
  payment_status: equals("payment_status"),
  payment_substatus_id: equals("payment_substatus_id"),
  payment_method_code: equals("payment_method_code"),
  payment_transaction_id: equals("payment_transaction_id"),
  shipping_status: equals("shipping_status"),
  shipping_substatus_id: equals("shipping_substatus_id"),
  shipping_method_id: equals("shipping_method_id"),
  shipping_awb: equals("shipping_awb"),
  customer_id: equals("customer_id"),
  // [assumed] e-mail addresses compare case-insensitively, as mail systems treat them.
  customer_email: (value) => {
    const wanted = value.toLowerCase();
    return ({ order }) => typeof order.customer_email === "string" && order.customer_email.toLowerCase() === wanted;
  },
  created_after: dateFilter("created_after", (orderDate, value) => orderDate >= value),
  created_before: dateFilter("created_before", (orderDate, value) => orderDate !== "" && orderDate < value),
  tag_name:
    (value) =>
    ({ order }) =>
      (order.tags ?? []).some((tag) => tag.name === value),
  tag_ids: (value) => {
    const ids = commaList(value);
    return ({ order }) => (order.tags ?? []).some((tag) => ids.has(String(tag.id)));
  },
};
