import { describe, expect, it } from "vitest";
import { matchAcceptLanguage, preferredLocale } from "./locale";

describe("matchAcceptLanguage", () => {
  it.each([
    ["cs", "cs"],
    ["cs-CZ,cs;q=0.9,en;q=0.8", "cs"],
    ["de-DE,de;q=0.9,ro;q=0.8,en;q=0.7", "ro"],
    ["ru-MD, ro-MD;q=0.9", "ru"],
    ["en;q=0.5, tr-TR", "tr"],
    ["tr;q=0, en", "en"],
    ["TR", "tr"],
  ])("%s → %s", (header, locale) => {
    expect(matchAcceptLanguage(header)).toBe(locale);
  });

  it.each([null, "", "*", "de, fr;q=0.8", "cs;q=abc"])("%s → none", (header) => {
    expect(matchAcceptLanguage(header)).toBeNull();
  });
});

describe("preferredLocale", () => {
  it("takes the user's choice, else the browser's, else English", () => {
    expect(preferredLocale("cs", "tr-TR")).toBe("cs");
    expect(preferredLocale(null, "tr-TR,en;q=0.5")).toBe("tr");
    expect(preferredLocale(null, "de-DE")).toBe("en");
    expect(preferredLocale(null, null)).toBe("en");
  });
});
