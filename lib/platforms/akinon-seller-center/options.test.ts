// The credentials union (email + password, or an access token) and the stored form each one keeps.
import { describe, expect, it } from "vitest";
import type { Connection } from "../types";
import { authOf, credentialsSchema } from "./options";

describe("credentialsSchema", () => {
  it("accepts email and password", () => {
    expect(credentialsSchema.parse({ email: " s@x.test ", password: "pw" })).toEqual({
      email: "s@x.test",
      password: "pw",
    });
  });

  it("accepts an access token alone, and prefers it when both sets are present", () => {
    expect(credentialsSchema.parse({ accessToken: "tok" })).toEqual({ accessToken: "tok" });
    expect(credentialsSchema.parse({ email: "s@x.test", password: "pw", accessToken: "tok" })).toEqual({
      accessToken: "tok",
    });
  });

  it("names what is missing", () => {
    const none = credentialsSchema.safeParse({ email: "", accessToken: "  " });
    expect(none.success).toBe(false);
    expect(none.error?.issues[0]?.message).toBe("Enter an email and password, or an access token");
    const noPassword = credentialsSchema.safeParse({ email: "s@x.test" });
    expect(noPassword.error?.issues[0]?.path).toEqual(["password"]);
  });

  it("tells the client which way to authenticate", () => {
    const conn = (credentials: Record<string, string>) => ({ credentials }) as Connection;
    expect(authOf(conn({ accessToken: "tok" }))).toEqual({ kind: "token", token: "tok" });
    expect(authOf(conn({ email: "s@x.test", password: "pw" }))).toEqual({
      kind: "login",
      email: "s@x.test",
      password: "pw",
    });
  });
});
