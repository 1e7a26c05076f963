"use client";
// Each platform's name and mark, as the adapters describe them, for every page: the dashboard layout reads
// them on the server and provides them here, so a row or a header shows "Retailys" and its mark at once.
import { createContext, type ReactNode, useContext } from "react";
import type { PlatformId, PlatformMark } from "@/lib/domain/platform";

const Marks = createContext<ReadonlyMap<PlatformId, PlatformMark>>(new Map());

export function PlatformMarksProvider({ marks, children }: { marks: readonly PlatformMark[]; children: ReactNode }) {
  return <Marks.Provider value={new Map(marks.map((mark) => [mark.id, mark]))}>{children}</Marks.Provider>;
}

/** The platform's name and mark; a platform this build does not know shows its slug. */
export function usePlatformMark(platform: PlatformId): PlatformMark {
  return (
    useContext(Marks).get(platform) ?? { id: platform, label: platform, icon: "/platforms/unknown.svg", filters: [] }
  );
}

/** Every platform this build supports, in the registry's order. */
export function usePlatformMarks(): PlatformMark[] {
  return [...useContext(Marks).values()];
}
