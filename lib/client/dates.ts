// The audit filters' date inputs speak the browser's calendar days; the URL and the API speak ISO instants.
import { useSyncExternalStore } from "react";

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-11-24" (local day) → the ISO instant of its first or last millisecond in this browser's time zone. */
export function localDayToIso(day: string, edge: "start" | "end"): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = edge === "start" ? new Date(y, m, d, 0, 0, 0, 0) : new Date(y, m, d, 23, 59, 59, 999);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** An ISO instant → the local day "2026-11-24" for a date input. */
export function isoToLocalDay(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const noop = () => () => {};

/** False during server rendering and hydration, true after: for values that depend on the browser's time zone. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
