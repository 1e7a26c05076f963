// The edit form asks for the stored secrets again when the base URL moves to another origin (the server refuses
// the edit otherwise), and keeps "empty means keep" while the origin stays.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { ConnectionDetail } from "@/lib/domain/connection";
import { platformDescriptions } from "@/lib/platforms/describe";
import en from "@/messages/en.json";
import ro from "@/messages/ro.json";
import { valuesFrom } from "./form-model";
import { buildPatch } from "./form-submit";
import { submitText } from "./form-text";
import { type PlatformTranslator, platformText } from "./platform-text";

/** The form's words in `locale`, as useSubmitText() gives them (the zod issues and server errors aside). */
function text(locale: "en" | "ro", messages: typeof en) {
  const t = createTranslator({ locale, messages, namespace: "connections" });
  const fields = createTranslator({ locale, messages, namespace: "connections.platforms" });
  return submitText(locale, (key, values) => t(key, values), platformText(fields as unknown as PlatformTranslator), {
    issue: (issue) => issue.message,
    error: (error) => String(error),
    fieldErrors: () => ({}),
  });
}

const ecom = platformDescriptions().find((platform) => platform.id === "ecom-md")!;
const connection: ConnectionDetail = {
  id: "c1",
  name: "Shop",
  platform: "ecom-md",
  health: { lastCheckAt: null, lastCheckOk: null, lastSuccessAt: null, lastError: null, lastLatencyMs: null },
  baseUrl: "https://admin.ecom.md",
  options: {},
  credentials: { apiToken: "••••1a2b", siteToken: "••••3c4d" },
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
};

const edit = (baseUrl: string, credentials: Record<string, string> = {}, words = text("en", en)) =>
  buildPatch({ ...valuesFrom(connection, ecom), baseUrl, credentials }, ecom, connection, words);

describe("editing a connection's base URL", () => {
  it("keeps the stored secrets on the same origin", () => {
    expect(edit("https://admin.ecom.md/api")).toMatchObject({ ok: true, body: { credentials: {} } });
  });

  it("asks for every stored secret again on another host, scheme or port", () => {
    for (const url of ["https://evil.example", "http://admin.ecom.md", "https://admin.ecom.md:8443"]) {
      expect(edit(url)).toEqual({
        ok: false,
        errors: {
          "credentials.apiToken": "Enter the API token again: the address changed",
          "credentials.siteToken": "Enter the site token again: the address changed",
        },
      });
    }
  });

  it("asks in the user's language, naming the fields by their translated labels", () => {
    expect(edit("https://evil.example", {}, text("ro", ro as typeof en))).toEqual({
      ok: false,
      errors: {
        "credentials.apiToken": "Completează din nou câmpul „Token API”: adresa s-a schimbat",
        "credentials.siteToken": "Completează din nou câmpul „Token site”: adresa s-a schimbat",
      },
    });
  });

  it("sends them when they are typed again", () => {
    const typed = { apiToken: "new-api", siteToken: "new-site" };
    expect(edit("https://other.ecom.md", typed)).toMatchObject({ ok: true, body: { credentials: typed } });
  });
});
