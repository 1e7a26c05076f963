// The connection form's state and rules, kept apart from the markup: what a platform asks for (its fields,
// base URL hint and either/or credential sets, from GET /api/platforms), the initial values for add and edit,
// client-side validation with the shared zod schemas, and the body sent to the API.
import type { CredentialMode, FormField, PlatformDescription, PlatformId } from "@/lib/domain/platform";
import type { ConnectionDetail } from "@/lib/domain/connection";

export interface FormValues {
  name: string;
  platform: PlatformId;
  baseUrl: string;
  credentials: Record<string, string>;
  options: Record<string, string>;
  /** The chosen credential set, for platforms that accept one of several (PlatformDescription.credentialModes). */
  mode: string | null;
}

/** Field key → message; keys are "name", "baseUrl", "credentials.apiKey", "options.channel" (as the API's paths). */
export type FormErrors = Record<string, string>;

/** The credential sets the platform accepts one of (its adapter says which), each shown on its own. */
export function modesOf(platform: PlatformDescription): CredentialMode[] {
  const modes = platform.credentialModes;
  const names = new Set(platform.credentialFields.map((f) => f.name));
  // Only when the adapter still has those fields: a changed adapter falls back to showing all of them.
  return modes.every((m) => m.fields.every((f) => names.has(f))) ? modes : [];
}

/** The credential fields shown for the chosen set, and whether each must be filled in. */
export function visibleCredentials(
  platform: PlatformDescription,
  mode: string | null,
): { field: FormField; required: boolean }[] {
  const chosen = modesOf(platform).find((m) => m.id === mode);
  if (!chosen) return platform.credentialFields.map((field) => ({ field, required: field.required }));
  return platform.credentialFields
    .filter((f) => chosen.fields.includes(f.name))
    .map((field) => ({ field, required: true }));
}

export function emptyValues(platform: PlatformDescription, name = "", baseUrl = ""): FormValues {
  return { name, platform: platform.id, baseUrl, credentials: {}, options: {}, mode: modesOf(platform)[0]?.id ?? null };
}

/** An edit starts from what the admin may see: plain values of non-secret fields; secrets stay empty ("keep"). */
export function valuesFrom(connection: ConnectionDetail, platform: PlatformDescription): FormValues {
  const secrets = new Set(platform.credentialFields.filter((f) => f.secret).map((f) => f.name));
  const credentials = Object.fromEntries(Object.entries(connection.credentials).filter(([key]) => !secrets.has(key)));
  const options = Object.fromEntries(
    platform.optionFields
      .filter((f) => connection.options[f.name] !== undefined)
      .map((f) => [f.name, String(connection.options[f.name])]),
  );
  const stored = new Set(Object.keys(connection.credentials));
  const mode =
    modesOf(platform).find((m) => m.fields.every((f) => stored.has(f)))?.id ?? modesOf(platform)[0]?.id ?? null;
  return { name: connection.name, platform: platform.id, baseUrl: connection.baseUrl, credentials, options, mode };
}

/** "API key" stays, "Email" becomes "email": for messages like "Enter the API key" / "Enter the email". */
export function lowerLabel(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
