// From the form's values to the API's body, validated on the client with the same zod schemas the server
// uses (connectionInput / connectionPatch) plus each platform's required fields. Secrets are sent only when
// typed: on an edit an empty secret means "keep the stored one" (the browser never had it to send back) — unless
// the base URL moves to another origin, where the server keeps no stored secret and each must be typed again.
// The messages come in the user's language from `text` (useSubmitText, form-text.ts).
import type { z } from "zod";
import { ApiClientError } from "@/lib/client/api";
import type { PlatformDescription } from "@/lib/domain/platform";
import {
  type ConnectionDetail,
  type ConnectionInput,
  type ConnectionPatch,
  connectionInput,
  connectionPatch,
  movesOrigin,
} from "@/lib/domain/connection";
import { type FormErrors, type FormValues, visibleCredentials } from "./form-model";
import type { SubmitText } from "./form-text";

type Built<T> = { ok: true; body: T } | { ok: false; errors: FormErrors };

function issuesToErrors(issues: readonly z.core.$ZodIssue[], errors: FormErrors, text: SubmitText) {
  for (const issue of issues) errors[issue.path.map(String).join(".")] ??= text.issue(issue);
}

function credentialsOf(
  values: FormValues,
  platform: PlatformDescription,
  stored: Set<string>,
  errors: FormErrors,
  text: SubmitText,
) {
  const out: Record<string, string> = {};
  for (const { field, required } of visibleCredentials(platform, values.mode)) {
    const raw = values.credentials[field.name] ?? "";
    const value = field.secret ? raw : raw.trim();
    if (value) out[field.name] = value;
    else if (required && !(field.secret && stored.has(field.name)))
      errors[`credentials.${field.name}`] = text.required(platform.id, field);
  }
  return out;
}

/** The option fields as typed (empty ones left out), over what is stored (options the form does not show stay). */
function optionsOf(
  values: FormValues,
  platform: PlatformDescription,
  stored: Record<string, string | number | boolean> = {},
) {
  const out = { ...stored };
  for (const field of platform.optionFields) {
    delete out[field.name];
    const value = values.options[field.name]?.trim();
    if (value) out[field.name] = value;
  }
  return out;
}

export function buildInput(
  values: FormValues,
  platform: PlatformDescription,
  text: SubmitText,
): Built<ConnectionInput> {
  const errors: FormErrors = {};
  const credentials = credentialsOf(values, platform, new Set(), errors, text);
  const parsed = connectionInput.safeParse({
    name: values.name,
    platform: values.platform,
    baseUrl: values.baseUrl.trim(),
    credentials,
    options: optionsOf(values, platform),
  });
  if (!parsed.success) issuesToErrors(parsed.error.issues, errors, text);
  return parsed.success && Object.keys(errors).length === 0 ? { ok: true, body: parsed.data } : { ok: false, errors };
}

export function buildPatch(
  values: FormValues,
  platform: PlatformDescription,
  connection: ConnectionDetail,
  text: SubmitText,
): Built<ConnectionPatch> {
  const errors: FormErrors = {};
  const stored = new Set(Object.keys(connection.credentials));
  // Seller Center: a stored access token wins over email + password, and an edit cannot remove a stored value.
  if (values.mode === "login" && stored.has("accessToken")) errors.mode = text.tokenWins();
  const credentials = credentialsOf(values, platform, stored, errors, text);
  if (movesOrigin(connection.baseUrl, values.baseUrl.trim()))
    for (const { field } of visibleCredentials(platform, values.mode))
      if (field.secret && stored.has(field.name) && !credentials[field.name])
        errors[`credentials.${field.name}`] = text.required(platform.id, field, true);
  const parsed = connectionPatch.safeParse({
    name: values.name,
    baseUrl: values.baseUrl.trim(),
    credentials,
    options: optionsOf(values, platform, connection.options),
  });
  if (!parsed.success) issuesToErrors(parsed.error.issues, errors, text);
  return parsed.success && Object.keys(errors).length === 0 ? { ok: true, body: parsed.data } : { ok: false, errors };
}

/** The server's answer as field errors where it names a field (422 issues, 409 name taken); else null. */
export function serverFieldErrors(error: unknown, text: SubmitText): FormErrors | null {
  if (!(error instanceof ApiClientError)) return null;
  if (error.status === 409) return { name: text.error(error) };
  const fields = text.fieldErrors(error);
  return Object.keys(fields).length > 0 ? fields : null;
}
