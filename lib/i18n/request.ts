// next-intl's request configuration (named in next.config.mjs): every server component's and the client
// provider's locale and messages for this request. A caller naming a locale (`getTranslations({ locale, … })`)
// gets that one's messages: without this the request's own language would answer for it.
import "server-only";
import { getRequestConfig } from "next-intl/server";
import { isLocale } from "../domain/locale";
import { loadMessages } from "./messages";
import { resolveLocale } from "./resolve";

export default getRequestConfig(async ({ locale: named }) => {
  const locale = isLocale(named) ? named : await resolveLocale();
  return {
    locale,
    messages: await loadMessages(locale),
    onError(error) {
      // A key missing from English too: the key's name shows; in development say so.
      if (process.env.NODE_ENV === "development") console.warn(`[i18n] ${error.message}`);
    },
  };
});
