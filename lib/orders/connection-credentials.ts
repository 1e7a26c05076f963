// The credentials an edit leaves stored. A secret left empty in the form keeps the stored value: the browser
// never had it to send back. But a complete set of another kind (Seller Center: a token instead of email +
// password) replaces the stored one — it shares no field with it. Retyping one field of the stored set
// (ECOM.md's API token, with its optional site token kept) is an edit of that set.
import type { PlatformAdapter } from "../platforms/types";

export function credentialsAfterEdit(
  adapter: PlatformAdapter,
  stored: Record<string, string>,
  sent: Record<string, string> | undefined,
): Record<string, string> {
  const typed = Object.fromEntries(Object.entries(sent ?? {}).filter(([, value]) => value !== ""));
  const switchesKind =
    adapter.credentialsSchema.safeParse(typed).success && Object.keys(typed).every((key) => !(key in stored));
  return switchesKind ? typed : { ...stored, ...typed };
}
