import { describe, expect, it } from "vitest";
import { readApiError } from "./api-error";

describe("readApiError", () => {
  it("reads the envelope with its field issues and a platform's details", () => {
    const issues = [
      { path: "body.email", message: "Enter a valid email address", code: "emailInvalid" },
      { path: "body.password", message: "Use at least 12 characters", code: "passwordTooShort", params: { min: 12 } },
      { path: "body.x", message: "A platform's words" },
    ];
    expect(readApiError({ error: { code: "invalid_input", message: "Check the form", details: { issues } } })).toEqual({
      code: "invalid_input",
      message: "Check the form",
      details: { issues },
    });
    expect(
      readApiError({ error: { code: "rate_limited", message: "Slow down", details: { retryAfterSeconds: 3 } } }),
    ).toMatchObject({ details: { retryAfterSeconds: 3 } });
    expect(readApiError({ error: { code: "not_found", message: "No such order" } })).toEqual({
      code: "not_found",
      message: "No such order",
    });
  });

  it("refuses what is not Orderdeck's envelope", () => {
    for (const body of [
      "<html>502 Bad Gateway</html>",
      null,
      [],
      { error: "boom" },
      { error: { code: 500, message: "x" } },
      { error: { code: "x" } },
      { error: { code: "x", message: "y", details: "z" } },
      { error: { code: "x", message: "y", details: { issues: [{ path: 1, message: "m" }] } } },
      { error: { code: "x", message: "y", details: { issues: "all wrong" } } },
      { error: { code: "x", message: "y", details: { issues: [{ path: "p", message: "m", code: 4 }] } } },
      { error: { code: "x", message: "y", details: { issues: [{ path: "p", message: "m", params: { a: [] } }] } } },
    ])
      expect(readApiError(body), JSON.stringify(body)).toBeNull();
  });
});
