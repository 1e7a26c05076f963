"use client";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("users");
  return (
    <Field label={label} error={error} hint={t("passwordHint")}>
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
