"use client";
// The platforms' own connection-form words (field labels, help texts, placeholders, the base URL's hint, the
// credential sets' names) in the user's language. The adapters declare them in English for the API
// (GET /api/platforms); the form looks each up by a stable key, `connections.platforms.<platform>.<group>.<field>.
// <label|help|placeholder>` (options every platform shares under `shared`), and shows the adapter's English for
// a field the catalogue does not know yet. Platform names are not translated.
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { CredentialMode, FormField, PlatformDescription, PlatformId } from "@/lib/domain/platform";

/** What the look-ups need of `t` for `connections.platforms` (keys built from ids, so not typed by the catalogue). */
export interface PlatformTranslator {
  (key: string, values?: Record<string, string>): string;
  has(key: string): boolean;
}

export type FieldGroup = "credentials" | "options";
type FieldText = "label" | "help" | "placeholder";

export interface PlatformText {
  /** A field's label, help or placeholder; undefined where the adapter gives none. */
  field(platform: PlatformId, group: FieldGroup, field: FormField, text: "label"): string;
  field(platform: PlatformId, group: FieldGroup, field: FormField, text: FieldText): string | undefined;
  baseUrlHint(platform: PlatformDescription): string;
  mode(platform: PlatformId, mode: CredentialMode): string;
}

export function platformText(t: PlatformTranslator): PlatformText {
  const first = (keys: string[], fallback: string, values?: Record<string, string>) => {
    const key = keys.find((k) => t.has(k));
    return key ? t(key, values) : fallback;
  };
  function field(platform: PlatformId, group: FieldGroup, field: FormField, text: FieldText) {
    const english = field[text];
    if (english === undefined) return undefined;
    // The shared time zone's help names the platform's default zone, which is also its placeholder.
    return first([`${platform}.${group}.${field.name}.${text}`, `shared.${group}.${field.name}.${text}`], english, {
      zone: field.placeholder ?? "",
    });
  }
  return {
    field: field as PlatformText["field"],
    baseUrlHint: (platform) => first([`${platform.id}.baseUrl.hint`], platform.baseUrl.hint),
    mode: (platform, mode) => first([`${platform}.modes.${mode.id}`], mode.label),
  };
}

export function usePlatformText(): PlatformText {
  const t = useTranslations("connections.platforms") as unknown as PlatformTranslator;
  return useMemo(() => platformText(t), [t]);
}
