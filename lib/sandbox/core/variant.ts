// The two variant keys the ECOM.md and MerchantPro imitations both read (PlatformOptions.variant), for tests of an
// adapter that must not depend on the sandbox's default reading; each imitation says what they change in its payloads.
//   shapes: "alternative"   other plausible payload shapes, and one order broken beyond reading;
//   dates: "wall-clock"     date-times as a wall clock shows them, without an offset.

export interface ShapesAndDates {
  alternative: boolean;
  wallClock: boolean;
  /** The order sent broken beyond reading (alternative shapes only). */
  brokenOrderId: number | null;
}

export const DEFAULT_SHAPES_AND_DATES: ShapesAndDates = { alternative: false, wallClock: false, brokenOrderId: null };

/** `brokenOrder` names the order to break; it is asked only for the alternative shapes. Unknown keys are ignored. */
export function readShapesAndDates(
  variant: Readonly<Record<string, unknown>> | undefined,
  brokenOrder: () => number | null,
): ShapesAndDates {
  const alternative = variant?.shapes === "alternative";
  const wallClock = variant?.dates === "wall-clock";
  if (!alternative && !wallClock) return DEFAULT_SHAPES_AND_DATES;
  return { alternative, wallClock, brokenOrderId: alternative ? brokenOrder() : null };
}

/** "2025-03-11T18:25:42+02:00" → "2025-03-11 18:25:42": the wall-clock reading of an ISO date-time. */
export const wallClockText = (iso: string): string => iso.slice(0, 19).replace("T", " ");
