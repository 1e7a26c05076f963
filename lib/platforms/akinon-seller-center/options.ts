// The connection form: EITHER the seller user's email + password (exchanged for a token at token/obtain/) OR a
// long-lived access token a seller admin created in Seller Center's UI. No platform options.
import { z } from "zod";
import { ISSUE } from "../../domain/issues";
import { adapterOptions } from "../shared-options";
import type { Connection, FormField } from "../types";

const optional = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);

export type SellerCenterAuth = { kind: "token"; token: string } | { kind: "login"; email: string; password: string };

/**
 * One of the two credential sets. With all three present the access token wins: it is what a seller admin
 * creates deliberately for an integration, and an edit that adds it keeps the stored email and password.
 */
export const credentialsSchema = z
  .object({ email: optional, password: z.string().optional(), accessToken: optional })
  .transform((input, ctx): Record<string, string> => {
    if (input.accessToken) return { accessToken: input.accessToken };
    if (input.email && input.password) return { email: input.email, password: input.password };
    if (input.email || input.password) {
      const [path, message] = input.email
        ? ["password", ISSUE.sellerCenterPasswordRequired]
        : ["email", ISSUE.sellerCenterEmailRequired];
      ctx.addIssue({ code: "custom", path: [path], message });
    } else {
      ctx.addIssue({ code: "custom", path: ["email"], message: ISSUE.sellerCenterCredentials });
    }
    return z.NEVER;
  });

export const credentialFields: FormField[] = [
  {
    name: "email",
    label: "Email",
    secret: false,
    required: false,
    placeholder: "seller@example.com",
    help: "The Seller Center user's login. Give email and password, or an access token instead.",
  },
  { name: "password", label: "Password", secret: true, required: false },
  {
    name: "accessToken",
    label: "Access token",
    secret: true,
    required: false,
    help: "A long-lived token a seller admin created in Seller Center (used instead of email and password).",
  },
];

// No options of its own: those every platform shares (timeouts, rates, time zone) are shared-options.ts's.
export const optionsSchema = adapterOptions({});
export const optionFields: FormField[] = [];

/** The stored credentials → how to authenticate (the same precedence as the schema). */
export function authOf(conn: Connection): SellerCenterAuth {
  const { email, password, accessToken } = conn.credentials;
  if (accessToken?.trim()) return { kind: "token", token: accessToken.trim() };
  return { kind: "login", email: email?.trim() ?? "", password: password ?? "" };
}
