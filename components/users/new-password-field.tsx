"use client";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** A password an admin sets for someone else (their first, or a temporary one after a reset). */
export function NewPasswordField({
  label,
  error,
  value,
  onChange,
}: {
  label: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} error={error} hint="At least 12 characters. Share it with them privately.">
      {(p) => (
        <Input
          {...p}
          type="password"
          autoComplete="new-password"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
