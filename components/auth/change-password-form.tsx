"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { ApiClientError } from "@/lib/client/api";
import { useErrorText } from "@/lib/client/use-error-text";
import { useFieldErrors, useIssueText } from "@/lib/client/use-field-errors";
import { useChangePassword } from "@/lib/client/use-my-password";
import { changePasswordInput } from "@/lib/domain/inputs";
import type { PasswordChanged } from "@/lib/domain/user";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };
type Values = typeof EMPTY;
type Errors = Partial<Record<keyof Values, string>>;

// A field's label is `password.<key>`, looked up at render; the new password has a hint.
const FIELDS: { key: keyof Values; autoComplete: string }[] = [
  { key: "currentPassword", autoComplete: "current-password" },
  { key: "newPassword", autoComplete: "new-password" },
  { key: "confirmPassword", autoComplete: "new-password" },
];

/** Current password, new password twice; used on the profile and on the screen a reset password leads to. */
export function ChangePasswordForm({
  email,
  submitLabel,
  onChanged,
}: {
  email: string;
  submitLabel: string;
  onChanged: (changed: PasswordChanged) => void;
}) {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const change = useChangePassword();
  const t = useTranslations("password");
  const issueText = useIssueText();
  const fieldErrors = useFieldErrors();
  const errorText = useErrorText();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    const parsed = changePasswordInput.safeParse(values);
    const next: Errors = {};
    for (const issue of parsed.error?.issues ?? []) next[issue.path[0] as keyof Values] ??= issueText(issue);
    if (!next.newPassword && values.confirmPassword !== values.newPassword) next.confirmPassword = t("mismatch");
    setErrors(next);
    if (!parsed.success || Object.keys(next).length > 0) return;
    change.mutate(parsed.data, {
      onSuccess: (changed) => {
        setValues(EMPTY);
        onChanged(changed);
      },
      onError: (error) => {
        const fields = error instanceof ApiClientError ? fieldErrors(error) : {};
        setErrors(fields);
        if (Object.keys(fields).length === 0) setServerError(errorText(error));
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4">
      {/* For password managers: whose password this is. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {FIELDS.map((field) => (
        <Field
          key={field.key}
          label={t(field.key)}
          error={errors[field.key]}
          hint={field.key === "newPassword" ? t("newPasswordHint") : undefined}
        >
          {(p) => (
            <Input
              {...p}
              type="password"
              autoComplete={field.autoComplete}
              value={values[field.key]}
              onChange={(e) => setValues((v) => ({ ...v, [field.key]: e.target.value }))}
            />
          )}
        </Field>
      ))}
      {serverError ? <FormError label={t("changeFailed")}>{serverError}</FormError> : null}
      <div>
        <Button type="submit" loading={change.isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
