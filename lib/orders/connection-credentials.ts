// The credentials an edit leaves stored. A secret left empty in the form keeps the stored value: the browser
// never had it to send back. But a complete set of another kind (Seller Center: a token instead of email +
// password) replaces the stored one — it shares no field with it. Retyping one field of the stored set
// (ECOM.md's API token, with its optional site token kept) is an edit of that set.
// Except when the edit moves the connection to another origin: a stored secret was entered for its host, and
// keeping it would let anyone who can edit the base URL have it sent elsewhere ("Test connection" to a host of
// theirs). Every secret that would be kept must then be typed again.
import type { FieldIssue } from "../domain/api-error";
import { movedAddresses } from "../domain/connection";
import { InvalidInputError } from "../domain/errors";
import { fieldIssue } from "../domain/issues";
import type { PlatformAdapter } from "../platforms/types";

/** What the admin typed: an empty field means "keep". */
const typedOf = (sent: Record<string, string> | undefined) =>
  Object.fromEntries(Object.entries(sent ?? {}).filter(([, value]) => value !== ""));

export function credentialsAfterEdit(
  adapter: PlatformAdapter,
  stored: Record<string, string>,
  sent: Record<string, string> | undefined,
): Record<string, string> {
  const typed = typedOf(sent);
  const switchesKind =
    adapter.credentialsSchema.safeParse(typed).success && Object.keys(typed).every((key) => !(key in stored));
  return switchesKind ? typed : { ...stored, ...typed };
}

/**
 * Refuses an edit to a new origin that would keep a stored secret, naming each one (body.credentials.apiKey).
 * `merged` is what credentialsAfterEdit made of the `sent` credentials.
 */
export function assertSecretsRetyped(
  adapter: PlatformAdapter,
  edit: { sent: Record<string, string> | undefined; merged: Record<string, string> },
  move: { from: string; to: string },
): void {
  const typed = typedOf(edit.sent);
  const kept = adapter.credentialFields.filter(
    (field) => field.secret && !(field.name in typed) && edit.merged[field.name] !== undefined,
  );
  if (kept.length === 0) return;
  const [was, is] = movedAddresses(move.from, move.to);
  const issues: FieldIssue[] = kept.map((field) =>
    fieldIssue(`body.credentials.${field.name}`, "credentialRetype", { was, is }),
  );
  const labels = kept.map((field) => field.label).join(", ");
  throw new InvalidInputError(
    `The connection moves from ${was} to ${is}: enter its credentials again (${labels}). Stored secrets are only sent to the address they were entered for.`,
    issues,
    "credentials_required",
    { was, is, labels },
  );
}
