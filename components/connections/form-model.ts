// The connection form's state and rules, kept apart from the markup: what a platform asks for (its fields
// from GET /api/platforms, plus the either/or credential sets below), the initial values for add and edit,
// client-side validation with the shared zod schemas, and the body sent to the API.
import type { FormField, PlatformDescription, PlatformId } from "@/lib/domain/platform";
import type { ConnectionDetail } from "@/lib/domain/connection";

export interface FormValues {
  name: string;
  platform: PlatformId;
  baseUrl: string;
  credentials: Record<string, string>;
  options: Record<string, string>;
  /** The chosen credential set, for platforms that accept one of several (see CREDENTIAL_MODES). */
  mode: string | null;
}

/** Field key → message; keys are "name", "baseUrl", "credentials.apiKey", "options.channel" (as the API's paths). */
export type FormErrors = Record<string, string>;

export interface CredentialMode {
  id: string;
  label: string;
  fields: string[];
}

// Akinon Seller Center takes EITHER the seller user's email + password OR an access token: its adapter models
// this as three optional fields and a schema that picks one set, so the form shows one set at a time.
export const CREDENTIAL_MODES: Partial<Record<PlatformId, CredentialMode[]>> = {
  "akinon-seller-center": [
    { id: "login", label: "Email and password", fields: ["email", "password"] },
    { id: "token", label: "Access token", fields: ["accessToken"] },
  ],
};

/** Where each platform's API lives (platforms.md); the adapters append the documented paths themselves. */
export const BASE_URL_HINTS: Record<PlatformId, { placeholder: string; hint: string }> = {
  "ecom-md": {
    placeholder: "https://admin.ecom.md",
    hint: "The address your ECOM.md platform manager gave you, e.g. https://admin.ecom.md.",
  },
  merchantpro: {
    placeholder: "https://shop.example.ro",
    hint: "Your shop's own address, exactly as it is served (www or not). Orderdeck adds /api/v2.",
  },
  "akinon-seller-center": {
    placeholder: "https://seller.example.com",
    hint: "Your Seller Center's address. Orderdeck adds /api/i1/.",
  },
  retailys: { placeholder: "https://api.retailys.com", hint: "Usually https://api.retailys.com. Orderdeck adds /v1." },
  "akinon-omnitron": {
    placeholder: "https://omnitron.example.com",
    hint: "Your Omnitron's address. Orderdeck adds /api/i1/.",
  },
};

export function modesOf(platform: PlatformDescription): CredentialMode[] {
  const modes = CREDENTIAL_MODES[platform.id] ?? [];
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
