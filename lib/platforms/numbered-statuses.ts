// Status codes that are numbers in steps (both Akinon products: "100", "550"…), read through a table code →
// label and stage. A code the platform added after the table keeps its code as its label and takes the stage
// of the numeric range it falls in; a code that is no number at all needs attention.
import type { OrderStatus, Stage } from "../domain/order";
import { humanize } from "./wire";

export type StatusTable = Readonly<Record<string, { label: string; stage: Stage }>>;

/** Each range as [its upper bound (excluded), its stage], ascending; `above` is the stage past the last bound. */
export type StageRanges = { below: readonly (readonly [number, Stage])[]; above: Stage };

function stageByRange(code: string, ranges: StageRanges): Stage {
  if (!/^\d+$/.test(code)) return "exception";
  const value = Number(code);
  return ranges.below.find(([bound]) => value < bound)?.[1] ?? ranges.above;
}

export function numberedStatuses(table: StatusTable, ranges: StageRanges) {
  return {
    statusOf(code: string): OrderStatus {
      const known = table[code];
      return known ? { code, ...known } : { code, label: humanize(code), stage: stageByRange(code, ranges) };
    },
    statusList(): { code: string; label: string; stage: Stage }[] {
      return Object.entries(table).map(([code, entry]) => ({ code, ...entry }));
    },
    /** The status codes of the given stages (for filtering by stage on the platform). */
    codesOfStages(stages: readonly Stage[]): string[] {
      return Object.entries(table)
        .filter(([, entry]) => stages.includes(entry.stage))
        .map(([code]) => code);
    },
  };
}
