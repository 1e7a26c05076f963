// Types next-intl's hooks by our catalogue and languages: t("nav.ordres") is a type error, not a key on screen.
import type en from "../../messages/en.json";
import type { Locale } from "../domain/locale";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
