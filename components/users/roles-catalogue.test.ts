// The users page reads role names from the `roles` catalogue and their descriptions from users.roleDescriptions:
// in English both must stay what lib/domain/user.ts says (the API's words and the page's before translation).
import { describe, expect, it } from "vitest";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/domain/user";
import en from "@/messages/en.json";

describe("role words", () => {
  it("English names and describes every role as lib/domain does", () => {
    for (const role of ROLES) {
      expect(en.roles[role]).toBe(ROLE_LABELS[role]);
      expect(en.users.roleDescriptions[role]).toBe(ROLE_DESCRIPTIONS[role]);
    }
  });
});
