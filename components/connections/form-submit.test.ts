// The edit form asks for the stored secrets again when the base URL moves to another origin (the server refuses
// the edit otherwise), and keeps "empty means keep" while the origin stays.
import { describe, expect, it } from "vitest";
import type { ConnectionDetail } from "@/lib/domain/connection";
import { platformDescriptions } from "@/lib/platforms/describe";
import { valuesFrom } from "./form-model";
import { buildPatch } from "./form-submit";

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

const edit = (baseUrl: string, credentials: Record<string, string> = {}) =>
  buildPatch({ ...valuesFrom(connection, ecom), baseUrl, credentials }, ecom, connection);

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

  it("sends them when they are typed again", () => {
    const typed = { apiToken: "new-api", siteToken: "new-site" };
    expect(edit("https://other.ecom.md", typed)).toMatchObject({ ok: true, body: { credentials: typed } });
  });
});
