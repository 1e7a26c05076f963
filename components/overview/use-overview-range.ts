"use client";
// The overview's range lives in the URL (?range=30d, ?range=custom&from=2026-11-01&to=2026-11-24), so a
// reload or a shared link shows the same days; the time zone is the browser's own, known once in the browser.
import { parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useIsClient } from "@/lib/client/dates";
import { OVERVIEW_RANGES } from "@/lib/domain/overview";

const parsers = {
  range: parseAsStringLiteral(OVERVIEW_RANGES).withDefault("7d"),
  from: parseAsString,
  to: parseAsString,
};

export function useOverviewRange() {
  const [values, setValues] = useQueryStates(parsers, { history: "replace" });
  const tz = useIsClient() ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;
  return { ...values, tz, setRange: setValues };
}
