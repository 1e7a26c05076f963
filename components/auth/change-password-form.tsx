"use client";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { ApiClientError } from "@/lib/client/api";
import { useChangePassword } from "@/lib/client/use-my-password";
import { changePasswordInput } from "@/lib/domain/inputs";
import type { PasswordChanged } from "@/lib/domain/user";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };
type Values = typeof EMPTY;
type Errors = Partial<Record<keyof Values, string>>;

const FIELDS: { key: keyof Values; label: string; autoComplete: string; hint?: string }[] = [
  { key: "currentPassword", label: "Current password", autoComplete: "current-password" },
  { key: "newPassword", label: "New password", autoComplete: "new-password", hint: "At least 12 characters." },
  { key: "confirmPassword", label: "Repeat the new password", autoComplete: "new-password" },
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

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    const parsed = changePasswordInput.safeParse(values);
    const next: Errors = {};
    for (const issue of parsed.error?.issues ?? []) next[issue.path[0] as keyof Values] ??= issue.message;
    if (!next.newPassword && values.confirmPassword !== values.newPassword)
      next.confirmPassword = "The two new passwords differ";
    setErrors(next);
    if (!parsed.success || Object.keys(next).length > 0) return;
    change.mutate(parsed.data, {
      onSuccess: (changed) => {
        setValues(EMPTY);
        onChanged(changed);
      },
      onError: (error) => {
        const fields = error instanceof ApiClientError ? error.fieldErrors() : {};
        setErrors(fields);
        if (Object.keys(fields).length === 0) setServerError(error.message);
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4">
      {/* For password managers: whose password this is. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {FIELDS.map(({ key, label, autoComplete, hint }) => (
        <Field key={key} label={label} error={errors[key]} hint={hint}>
          {(p) => (
            <Input
              {...p}
              type="password"
              autoComplete={autoComplete}
              value={values[key]}
              onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
            />
          )}
        </Field>
      ))}
      {serverError ? <FormError label="Could not change the password">{serverError}</FormError> : null}
      <div>
        <Button type="submit" loading={change.isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
