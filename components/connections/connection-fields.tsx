"use client";
// The connection form's fields: name, platform, base URL, then the platform's own credential and option
// fields as GET /api/platforms declares them, their words in the user's language (platform-text.ts). Changing
// the platform swaps the fields.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { movedAddresses, movesOrigin } from "@/lib/domain/connection";
import type { FormField, PlatformDescription } from "@/lib/domain/platform";
import { CredentialModePicker } from "./credential-mode";
import { type FormErrors, type FormValues, modesOf, visibleCredentials } from "./form-model";
import { usePlatformText } from "./platform-text";
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
  const t = useTranslations("connections.fields");
  const text = usePlatformText();
  const editing = stored !== undefined;
  // Another origin: the stored secrets stay with the old one, so each must be typed again (the server insists).
  const moved =
    storedBaseUrl !== undefined && movesOrigin(storedBaseUrl, values.baseUrl.trim())
      ? movedAddresses(storedBaseUrl, values.baseUrl.trim())
      : null;
  const set = (patch: Partial<FormValues>) => onChange({ ...values, ...patch });
  const setIn = (group: "credentials" | "options", name: string, value: string) =>
    onChange({ ...values, [group]: { ...values[group], [name]: value } });
  const hint = text.baseUrlHint(platform);
  const modes = modesOf(platform).map((mode) => ({ ...mode, label: text.mode(platform.id, mode) }));

  function credentialField(field: FormField) {
    const key = `credentials.${field.name}`;
    const kept = editing && field.secret ? stored?.[field.name] : undefined;
    const placeholder = !kept
      ? text.field(platform.id, "credentials", field, "placeholder")
      : moved
        ? t("storedAgain")
        : t("stored", { value: kept });
    return (
      <Field
        key={key}
        label={text.field(platform.id, "credentials", field, "label")}
        error={errors[key]}
        hint={text.field(platform.id, "credentials", field, "help")}
      >
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
      <Field label={t("name")} error={errors.name} hint={t("nameHint")}>
        {(p) => (
          <Input
            {...p}
            autoComplete="off"
            placeholder={t("namePlaceholder")}
            value={values.name}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
      </Field>
      <Field label={t("platform")} error={errors.platform} hint={editing ? t("platformHint") : undefined}>
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
      <Field label={t("baseUrl")} error={errors.baseUrl} hint={editing ? t("baseUrlEditHint", { hint }) : hint}>
        {(p) => (
          <Input
            {...p}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={platform.baseUrl.placeholder}
            value={values.baseUrl}
            onChange={(e) => set({ baseUrl: e.target.value })}
          />
        )}
      </Field>
      <FieldSet legend={t("credentials", { platform: platform.label })}>
        {moved ? (
          <Notice tone="warning" role="status" label={t("movedLabel")} title={t("movedTitle")}>
            <p className="mt-1">{t("movedText", { from: moved[0], to: moved[1] })}</p>
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
        <FieldSet legend={t("options")}>
          {platform.optionFields.map((field) => (
            <Field
              key={field.name}
              label={text.field(platform.id, "options", field, "label")}
              error={errors[`options.${field.name}`]}
              hint={text.field(platform.id, "options", field, "help")}
            >
              {(p) => (
                <Input
                  {...p}
                  autoComplete="off"
                  placeholder={text.field(platform.id, "options", field, "placeholder")}
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
