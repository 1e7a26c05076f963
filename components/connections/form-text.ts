"use client";
// The connection form's own messages in the user's language, gathered so form-submit.ts stays pure (and
// testable): a required credential left empty, the Seller Center token rule, the form's zod issues, and the
// server's answer (a 409's `connection_name_taken`, a 422's field issues).
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { z } from "zod";
import type { ApiClientError } from "@/lib/client/api";
import { useErrorText } from "@/lib/client/use-error-text";
import { useFieldErrors, useIssueText } from "@/lib/client/use-field-errors";
import type { FormField, PlatformId } from "@/lib/domain/platform";
import { lowerLabel } from "./form-model";
import { type PlatformText, usePlatformText } from "./platform-text";

export interface SubmitText {
  /** A required credential left empty; `again`: a stored secret the moved base URL needs typed again. */
  required(platform: PlatformId, field: FormField, again?: boolean): string;
  /** Seller Center: a stored access token cannot give way to email and password on an edit. */
  tokenWins(): string;
  /** One of the form's own zod issues. */
  issue(issue: z.core.$ZodIssue): string;
  /** A failed request's text (useErrorText). */
  error(error: unknown): string;
  /** A 422's field errors (useFieldErrors). */
  fieldErrors(error: ApiClientError): Record<string, string>;
}

type FormKey = "form.required" | "form.requiredAgain" | "form.tokenWins";

export function submitText(
  locale: string,
  t: (key: FormKey, values?: { label: string }) => string,
  fields: PlatformText,
  rest: Pick<SubmitText, "issue" | "error" | "fieldErrors">,
): SubmitText {
  return {
    ...rest,
    required(platform, field, again = false) {
      const label = fields.field(platform, "credentials", field, "label");
      // English says "Enter the API token" / "Enter the email"; the other languages quote the label as it is.
      const named = locale === "en" ? lowerLabel(label) : label;
      // "Site token (optional)" is asked for as "the site token" when it must be typed again.
      return again
        ? t("form.requiredAgain", { label: named.replace(/ \([^)]*\)$/, "") })
        : t("form.required", { label: named });
    },
    tokenWins: () => t("form.tokenWins"),
  };
}

export function useSubmitText(): SubmitText {
  const locale = useLocale();
  const t = useTranslations("connections");
  const fields = usePlatformText();
  const issue = useIssueText();
  const error = useErrorText();
  const fieldErrors = useFieldErrors();
  return useMemo(
    () => submitText(locale, (key, values) => t(key, values), fields, { issue, error, fieldErrors }),
    [locale, t, fields, issue, error, fieldErrors],
  );
}
