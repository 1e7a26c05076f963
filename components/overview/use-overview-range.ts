"use client";
// The overview's range lives in the URL (?range=30d, ?range=custom&from=2026-11-01&to=2026-11-24), so a
// reload or a shared link shows the same days. The time zone is the browser's own; until the browser runs, the
// one the server rendered with (remembered from an earlier visit), else none.
import { parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useIsClient } from "@/lib/client/dates";
import { browserTimeZone } from "@/lib/client/time-zone";
import { OVERVIEW_RANGES } from "@/lib/domain/overview";

const parsers = {
  range: parseAsStringLiteral(OVERVIEW_RANGES).withDefault("7d"),
  from: parseAsString,
  to: parseAsString,
};

export function useOverviewRange(serverTz: string | null = null) {
  const [values, setValues] = useQueryStates(parsers, { history: "replace" });
  const tz = useIsClient() ? browserTimeZone() : serverTz;
  return { ...values, tz, setRange: setValues };
}
