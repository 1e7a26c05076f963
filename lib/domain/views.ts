// Saved views and per-user preferences, as the API takes and gives them.
import { z } from "zod";
import { ISSUE } from "./issues";

export const savedViewInput = z.object({
  name: z.string().trim().min(1, { error: ISSUE.viewNameRequired }).max(80),
  query: z
    .string()
    .max(4000)
    .regex(/^(\?.*)?$/, { error: ISSUE.viewQueryInvalid }),
  columns: z.unknown().optional(),
  shared: z.boolean().optional(),
});
export const savedViewPatch = savedViewInput.partial();
export type SavedViewInput = z.infer<typeof savedViewInput>;

export interface SavedView {
  id: string;
  name: string;
  query: string;
  columns: unknown;
  shared: boolean;
  mine: boolean;
  ownerName: string;
}

/** "notifications": the connections whose new orders this user wants as browser notifications (see notify-prefs). */
export const PREFERENCE_KEYS = ["orders-table", "notifications"] as const;
export const preferenceParams = z.object({ key: z.enum(PREFERENCE_KEYS) });
/** Preferences are small JSON objects (column order, visibility, density). */
export const preferenceBody = z.object({
  value: z
    .unknown()
    .refine((value) => JSON.stringify(value ?? null).length <= 8000, { error: ISSUE.preferenceTooLarge }),
});
