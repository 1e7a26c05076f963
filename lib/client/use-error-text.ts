"use client";
// What a failed request says to the user, in their language. Orderdeck's own errors are translated by their
// stable `code` (the API's English message is for integrators), with the values it sent in `details`; a
// platform's failure keeps the platform's own words verbatim, and a code the catalogue does not know shows the
// server's message rather than nothing.
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type en from "@/messages/en.json";
import { ApiClientError } from "./api";

type ApiErrorCode = keyof (typeof en)["apiErrors"];

/** The values an error sent (e.g. `{ email }` of "email_taken") that its message may name. */
const valuesOf = (details: Readonly<Record<string, unknown>>) =>
  Object.fromEntries(
    Object.entries(details).filter(([, value]) => typeof value === "string" || typeof value === "number"),
  ) as Record<string, string | number>;

export function useErrorText(): (error: unknown) => string {
  const t = useTranslations("apiErrors");
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiClientError)) return error instanceof Error ? error.message : t("internal_error");
      if (error.code.startsWith("platform_")) return error.message;
      if (error.code === "http_error") return t("http_error", { status: error.status });
      const code = error.code as ApiErrorCode;
      return t.has(code) ? t(code, valuesOf(error.details)) : error.message;
    },
    [t],
  );
}
