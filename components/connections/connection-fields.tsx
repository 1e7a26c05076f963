"use client";
// The connection form's fields: name, platform, base URL, then the platform's own credential and option
// fields exactly as GET /api/platforms labels them. Changing the platform swaps the fields.
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { movedAddresses, movesOrigin } from "@/lib/domain/connection";
import type { FormField, PlatformDescription } from "@/lib/domain/platform";
import { CredentialModePicker } from "./credential-mode";
import { type FormErrors, type FormValues, modesOf, visibleCredentials } from "./form-model";
import { SecretInput } from "./secret-input";

interface ConnectionFieldsProps {
  values: FormValues;
  onChange: (next: FormValues) => void;
  errors: FormErrors;
  platforms: PlatformDescription[];
  platform: PlatformDescription;
  /** On an edit: the stored credentials, secrets masked ("••••1a2b"). */
  stored?: Record<string, string>;
  /** On an edit: the stored base URL, whose origin the stored secrets belong to. */
  storedBaseUrl?: string;
}

function FieldSet({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="grid gap-4 border-t pt-4">
      <legend className="-ml-0.5 pr-2 text-xs font-medium tracking-wide text-muted uppercase">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function ConnectionFields({
  values,
  onChange,
  errors,
  platforms,
  platform,
  stored,
  storedBaseUrl,
}: ConnectionFieldsProps) {
  const editing = stored !== undefined;
  // Another origin: the stored secrets stay with the old one, so each must be typed again (the server insists).
  const moved =
    storedBaseUrl !== undefined && movesOrigin(storedBaseUrl, values.baseUrl.trim())
      ? movedAddresses(storedBaseUrl, values.baseUrl.trim())
      : null;
  const set = (patch: Partial<FormValues>) => onChange({ ...values, ...patch });
  const setIn = (group: "credentials" | "options", name: string, value: string) =>
    onChange({ ...values, [group]: { ...values[group], [name]: value } });
  const hint = platform.baseUrl;
  const modes = modesOf(platform);

  function credentialField(field: FormField) {
    const key = `credentials.${field.name}`;
    const kept = editing && field.secret ? stored?.[field.name] : undefined;
    const placeholder = !kept
      ? field.placeholder
      : moved
        ? "Enter it again for the new address"
        : `Stored: ${kept} — leave empty to keep`;
    return (
      <Field key={key} label={field.label} error={errors[key]} hint={field.help}>
        {(p) =>
          field.secret ? (
            <SecretInput
              {...p}
              placeholder={placeholder}
              value={values.credentials[field.name] ?? ""}
              onChange={(e) => setIn("credentials", field.name, e.target.value)}
            />
          ) : (
            <Input
              {...p}
              autoComplete="off"
              placeholder={placeholder}
              value={values.credentials[field.name] ?? ""}
              onChange={(e) => setIn("credentials", field.name, e.target.value)}
            />
          )
        }
      </Field>
    );
  }

  return (
    <div className="grid gap-4">
      <Field label="Name" error={errors.name} hint="How the shop is called everywhere in Orderdeck.">
        {(p) => (
          <Input
            {...p}
            autoComplete="off"
            placeholder="e.g. Bucharest Shoes"
            value={values.name}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
      </Field>
      <Field
        label="Platform"
        error={errors.platform}
        hint={editing ? "A connection's platform cannot change; add a new connection instead." : undefined}
      >
        {(p) => (
          <Select
            {...p}
            disabled={editing}
            value={values.platform}
            onChange={(e) => {
              const next = platforms.find((item) => item.id === e.target.value);
              // Credentials and options belong to one platform: start the new one's fields empty.
              if (next)
                onChange({
                  ...values,
                  platform: next.id,
                  credentials: {},
                  options: {},
                  mode: modesOf(next)[0]?.id ?? null,
                });
            }}
          >
            {platforms.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label="Base URL"
        error={errors.baseUrl}
        hint={editing ? `${hint.hint} Another host needs the credentials typed again.` : hint.hint}
      >
        {(p) => (
          <Input
            {...p}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={hint.placeholder}
            value={values.baseUrl}
            onChange={(e) => set({ baseUrl: e.target.value })}
          />
        )}
      </Field>
      <FieldSet legend={`${platform.label} credentials`}>
        {moved ? (
          <Notice
            tone="warning"
            role="status"
            label="New address"
            title="Enter the credentials again for the new address"
          >
            <p className="mt-1">
              The stored secrets were entered for {moved[0]} and are never sent to {moved[1]}.
            </p>
          </Notice>
        ) : null}
        {modes.length > 0 ? (
          <CredentialModePicker
            modes={modes}
            value={values.mode}
            onChange={(mode) => set({ mode })}
            error={errors.mode}
          />
        ) : null}
        {visibleCredentials(platform, values.mode).map(({ field }) => credentialField(field))}
      </FieldSet>
      {platform.optionFields.length > 0 ? (
        <FieldSet legend="Options">
          {platform.optionFields.map((field) => (
            <Field key={field.name} label={field.label} error={errors[`options.${field.name}`]} hint={field.help}>
              {(p) => (
                <Input
                  {...p}
                  autoComplete="off"
                  placeholder={field.placeholder}
                  value={values.options[field.name] ?? ""}
                  onChange={(e) => setIn("options", field.name, e.target.value)}
                />
              )}
            </Field>
          ))}
        </FieldSet>
      ) : null}
    </div>
  );
}
