// What the browser may know of each adapter: form fields and capabilities (no functions, no secrets).
import "server-only";
import type { PlatformDescription } from "../domain/platform";
import { ADAPTERS } from "./registry";
import { timeZoneField } from "./shared-options";

export function platformDescriptions(): PlatformDescription[] {
  return Object.values(ADAPTERS).map((adapter) => ({
    id: adapter.id,
    label: adapter.label,
    credentialFields: adapter.credentialFields,
    optionFields: [...adapter.optionFields, timeZoneField(adapter.defaultTimeZone)],
    filters: [...adapter.filters],
    sorts: [...adapter.sorts],
  }));
}
