// The catalogue's English for the platforms' form fields is the adapters' English exactly (the form reads as it
// did, and the API's words and the UI's stay one), and every label, help text and hint has a key to translate.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { platformDescriptions } from "@/lib/platforms/describe";
import en from "@/messages/en.json";
import ro from "@/messages/ro.json";
import { type FieldGroup, type PlatformTranslator, platformText } from "./platform-text";

const translator = (locale: "en" | "ro", messages: typeof en) =>
  createTranslator({ locale, messages, namespace: "connections.platforms" }) as unknown as PlatformTranslator;
const english = platformText(translator("en", en));
const romanian = platformText(translator("ro", ro as typeof en));
const raw = translator("en", en);

describe("the platforms' form words", () => {
  for (const platform of platformDescriptions()) {
    it(`${platform.id}: English as the adapter declares it, each text with its own key`, () => {
      expect(english.baseUrlHint(platform)).toBe(platform.baseUrl.hint);
      expect(raw.has(`${platform.id}.baseUrl.hint`)).toBe(true);
      for (const mode of platform.credentialModes) {
        expect(english.mode(platform.id, mode)).toBe(mode.label);
        expect(raw.has(`${platform.id}.modes.${mode.id}`)).toBe(true);
      }
      const groups: [FieldGroup, typeof platform.credentialFields][] = [
        ["credentials", platform.credentialFields],
        ["options", platform.optionFields],
      ];
      for (const [group, fields] of groups) {
        for (const field of fields) {
          for (const text of ["label", "help", "placeholder"] as const) {
            expect(english.field(platform.id, group, field, text)).toBe(field[text]);
          }
          for (const text of ["label", "help"] as const) {
            if (field[text] === undefined) continue;
            const keyed = [platform.id, "shared"].some((scope) => raw.has(`${scope}.${group}.${field.name}.${text}`));
            expect(keyed, `${platform.id} ${group}.${field.name}.${text}`).toBe(true);
          }
        }
      }
    });
  }

  it("another language reads its own words, with the platform's default time zone named", () => {
    const ecom = platformDescriptions().find((platform) => platform.id === "ecom-md")!;
    const apiToken = ecom.credentialFields.find((field) => field.name === "apiToken")!;
    const timeZone = ecom.optionFields.find((field) => field.name === "timeZone")!;
    expect(romanian.field("ecom-md", "credentials", apiToken, "label")).toBe("Token API");
    expect(romanian.field("ecom-md", "options", timeZone, "help")).toContain(`Implicit: ${timeZone.placeholder}.`);
  });

  it("a field the catalogue does not know shows the adapter's English", () => {
    const field = { name: "newField", label: "New field", secret: false, required: false, help: "Its help" };
    expect(romanian.field("retailys", "options", field, "label")).toBe("New field");
    expect(romanian.field("retailys", "options", field, "help")).toBe("Its help");
  });
});
