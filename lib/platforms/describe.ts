// What the browser may know of each adapter: form fields and capabilities (no functions, no secrets).
import "server-only";
import type { PlatformDescription, PlatformMark } from "../domain/platform";
import { ADAPTERS } from "./registry";
import { timeZoneField } from "./shared-options";

/** What every page shows of each platform: its name and mark (see lib/client/platform-marks.tsx). */
export function platformMarks(): PlatformMark[] {
  return ADAPTERS.map(({ id, label, icon, filters }) => ({ id, label, icon, filters: [...filters] }));
}

export function platformDescriptions(): PlatformDescription[] {
  return ADAPTERS.map((adapter) => ({
    id: adapter.id,
    label: adapter.label,
    icon: adapter.icon,
    baseUrl: adapter.baseUrl,
    credentialModes: adapter.credentialModes ?? [],
    credentialFields: adapter.credentialFields,
    optionFields: [...adapter.optionFields, timeZoneField(adapter.defaultTimeZone)],
    filters: [...adapter.filters],
    sorts: [...adapter.sorts],
  }));
}
