"use client";
// A 422's bad fields as the form shows them, keyed by field name without the "body." prefix (e.g.
// `fieldErrorsOf(error).email`), each in the user's language: by the issue's code in the catalogues' `issues`
// (lib/domain/issues.ts), with its values. English shows the server's own text (it is the English, and for
// zod's own checks the words the form always showed); so does an issue whose code the catalogue does not know.
import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import type { z } from "zod";
import type { FieldIssue, IssueParams } from "@/lib/domain/api-error";
import { fromZod } from "@/lib/domain/issues";
import { type ApiClientError, fieldErrorsOf } from "./api";

/** What the translation needs of next-intl's `t` for the `issues` namespace. */
export interface IssueTranslator {
  (key: string, values?: IssueParams): string;
  has(key: string): boolean;
}

/** One issue's text in `locale` (the hooks' pure core). */
export function issueText(issue: FieldIssue, locale: string, t: IssueTranslator): string {
  if (locale === "en" || !issue.code || !t.has(issue.code)) return issue.message;
  return t(issue.code, issue.params);
}

/** A form's own (client-side) zod issue as the API would send it, so both read alike. */
const asFieldIssue = (issue: FieldIssue | z.core.$ZodIssue): FieldIssue =>
  typeof issue.path === "string" ? (issue as FieldIssue) : fromZod(issue as z.core.$ZodIssue, issue.path.join("."));

/** The text of one issue, from a 422 or from a form's own zod check, in the user's language. */
export function useIssueText(): (issue: FieldIssue | z.core.$ZodIssue) => string {
  const t = useTranslations("issues") as unknown as IssueTranslator;
  const locale = useLocale();
  return useCallback((issue) => issueText(asFieldIssue(issue), locale, t), [locale, t]);
}

export function useFieldErrors(): (error: ApiClientError) => Record<string, string> {
  const text = useIssueText();
  return useCallback((error: ApiClientError) => fieldErrorsOf(error.issues, text), [text]);
}
