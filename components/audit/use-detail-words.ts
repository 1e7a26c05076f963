"use client";
// The audit details' own words in the reader's language: field names and the reasons Orderdeck records for a
// refused sign-in (lib/auth/sign-in.ts, lib/users/passwords.ts) by key, true/false as yes/no. Anything else in
// the details (names, emails, codes, a platform's answer) is shown as recorded.
import { useLocale, useMessages, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { DetailWords } from "./describe";

/** The reasons as the server writes them (English, kept for the API), and their keys under audit.reason. */
export const REASONS = {
  "unknown email": "unknownEmail",
  "wrong password": "wrongPassword",
  "wrong current password": "wrongCurrentPassword",
  deactivated: "deactivated",
  throttled: "throttled",
} as const;

export function useDetailWords(): DetailWords {
  const t = useTranslations("audit");
  const fields = useMessages().audit.field;
  const locale = useLocale();
  return useMemo(
    () => ({
      locale,
      // Own keys only: a recorded key such as "constructor" is not a catalogue entry.
      field: (key) => (Object.hasOwn(fields, key) ? t(`field.${key as keyof typeof fields}`) : key),
      flag: (value) => t(value ? "value.true" : "value.false"),
      own: (key, value) =>
        key === "reason" && Object.hasOwn(REASONS, value)
          ? t(`reason.${REASONS[value as keyof typeof REASONS]}`)
          : undefined,
    }),
    [t, fields, locale],
  );
}
