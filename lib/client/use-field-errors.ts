"use client";
// A 422's bad fields as the form shows them, keyed by field name without the "body." prefix: e.g.
// `fieldErrorsOf(error).email`. (The issues' texts come from the server in English; their translation lands with
// the issue codes.)
import { useCallback } from "react";
import type { ApiClientError } from "./api";

export function useFieldErrors(): (error: ApiClientError) => Record<string, string> {
  return useCallback((error: ApiClientError) => error.fieldErrors(), []);
}
