"use client";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useSetLocale } from "@/lib/client/use-locale";
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/domain/locale";

const FOLLOW_BROWSER = "";

/** "Language": the user's interface language, or the browser's (Accept-Language) when none is chosen. */
export function LanguageSection({ chosen }: { chosen: Locale | null }) {
  const t = useTranslations("profile");
  const setLocale = useSetLocale();
  return (
    <Card aria-labelledby="language" className="mt-6">
      <CardHeader>
        <div>
          <CardTitle id="language">{t("language")}</CardTitle>
          <CardDescription>{t("languageDescription")}</CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <Field label={t("language")} hint={t("languageHint")} className="max-w-sm">
          {(control) => (
            <Select
              {...control}
              defaultValue={chosen ?? FOLLOW_BROWSER}
              disabled={setLocale.isPending}
              onChange={(event) => {
                const value = event.target.value;
                setLocale.mutate(isLocale(value) ? value : null, {
                  onSuccess: () => toast.success(t("languageSaved")),
                  onError: () => toast.error(t("languageFailed")),
                });
              }}
            >
              <option value={FOLLOW_BROWSER}>{t("followBrowser")}</option>
              {LOCALES.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {LOCALE_NAMES[locale]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </CardContent>
    </Card>
  );
}
