// next-intl's request configuration (named in next.config.mjs): every server component's and the client
// provider's locale and messages for this request.
import "server-only";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./messages";
import { resolveLocale } from "./resolve";

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    messages: await loadMessages(locale),
    onError(error) {
      // A key missing from English too: the key's name shows; in development say so.
      if (process.env.NODE_ENV === "development") console.warn(`[i18n] ${error.message}`);
    },
  };
});
