// Billing and delivery fields as Retailys names them (email, name, ... / deliveryEmail, deliveryName, ...).
import { badRequest } from "./errors";
import { type Body, optionalString } from "./body";
import type { Address } from "./types";

const KEYS = ["name", "street", "city", "zip", "stateCode", "phone", "email"] as const;
type Key = (typeof KEYS)[number];

function fieldName(prefix: string, key: Key): string {
  return prefix ? prefix + key[0]!.toUpperCase() + key.slice(1) : key;
}

/** The address fields present in `body` under `prefix` ("" for billing, "delivery" for delivery). */
export function readAddressPatch(body: Body, prefix: string, hint: string): Partial<Address> {
  const patch: Partial<Address> = {};
  for (const key of KEYS) {
    const field = fieldName(prefix, key);
    const value = optionalString(body, field, hint, key === "phone");
    if (value === undefined) continue;
    if (value === null) {
      patch.phone = null;
      continue;
    }
    const text = value.trim();
    if (text === "" && key !== "phone") throw badRequest(`Field '${field}' must not be empty.`, hint);
    if (key === "email" && !/^[^@\s]+@[^@\s]+$/.test(text))
      throw badRequest(`Field '${field}' must be an e-mail address.`, hint);
    if (key === "stateCode" && !/^[A-Z]{2}$/.test(text))
      throw badRequest(`Field '${field}' must be a two-letter country code.`, hint);
    patch[key] = text;
  }
  return patch;
}
