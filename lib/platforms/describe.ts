// What the browser may know of each adapter: form fields and capabilities (no functions, no secrets).
import "server-only";
import type { PlatformId } from "../domain/platform";
import { ADAPTERS } from "./registry";
import type { FormField, OrderFilterKey, OrderSort } from "./types";

export interface PlatformDescription {
  id: PlatformId;
  label: string;
  credentialFields: FormField[];
  optionFields: FormField[];
  filters: OrderFilterKey[];
  sorts: OrderSort[];
}

export function platformDescriptions(): PlatformDescription[] {
  return Object.values(ADAPTERS).map((adapter) => ({
    id: adapter.id,
    label: adapter.label,
    credentialFields: adapter.credentialFields,
    optionFields: adapter.optionFields,
    filters: [...adapter.filters],
    sorts: [...adapter.sorts],
  }));
}
