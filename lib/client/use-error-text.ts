"use client";
// What a failed request says to the user, in their language. Orderdeck's own errors are translated by their
// stable `code` (the API's English message is for integrators); a platform's failure keeps the platform's own
// words verbatim, and a code the catalogue does not know shows the server's message rather than nothing.
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type en from "@/messages/en.json";
import { ApiClientError } from "./api";

type ApiErrorCode = keyof (typeof en)["apiErrors"];

export function useErrorText(): (error: unknown) => string {
  const t = useTranslations("apiErrors");
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiClientError)) return error instanceof Error ? error.message : t("internal_error");
      if (error.code.startsWith("platform_")) return error.message;
      if (error.code === "http_error") return t("http_error", { status: error.status });
      const code = error.code as ApiErrorCode;
      return t.has(code) ? t(code) : error.message;
    },
    [t],
  );
}
