// The request bodies of the account APIs, shared by the forms (client-side validation) and the routes.
import { z } from "zod";
import { ISSUE, issue } from "./issues";
import { ROLES } from "./user";

export const emailField = z.email({ error: ISSUE.emailInvalid }).trim().toLowerCase().max(254);
export const passwordField = z
  .string()
  .min(12, { error: issue("passwordTooShort", { min: 12 }) })
  .max(256, { error: issue("passwordTooLong", { max: 256 }) });
export const nameField = z.string().trim().min(1, { error: ISSUE.nameRequired }).max(120);

export const createUserInput = z.object({
  email: emailField,
  name: nameField,
  role: z.enum(ROLES),
  password: passwordField,
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z
  .object({ name: nameField.optional(), role: z.enum(ROLES).optional(), active: z.boolean().optional() })
  .refine((value) => Object.keys(value).length > 0, { error: ISSUE.userChangeEmpty });
export type UpdateUserInput = z.infer<typeof updateUserInput>;

/** Changing one's own password: the current one proves it is them (a borrowed session is not enough). */
export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, { error: ISSUE.currentPasswordRequired }).max(1024),
    newPassword: passwordField,
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    error: ISSUE.passwordUnchanged,
    path: ["newPassword"],
  });
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** An admin's reset: the temporary password they typed, or none for one Orderdeck makes up. */
export const resetPasswordInput = z.object({ password: passwordField.optional() });
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

/** How long a personal API token may live, and lives unless its creator says otherwise. */
export const MAX_TOKEN_DAYS = 365;
export const DEFAULT_TOKEN_DAYS = 90;

export const createTokenInput = z.object({
  name: z.string().trim().min(1, { error: ISSUE.tokenNameRequired }).max(80),
  // Every token expires: "never" is not an answer.
  expiresInDays: z
    .number({ error: issue("tokenExpiryRequired", { max: MAX_TOKEN_DAYS }) })
    .int()
    .min(1, { error: ISSUE.tokenTooShortLived })
    .max(MAX_TOKEN_DAYS, { error: issue("tokenTooLongLived", { max: MAX_TOKEN_DAYS }) })
    .default(DEFAULT_TOKEN_DAYS),
});
export type CreateTokenInput = z.infer<typeof createTokenInput>;

export const uuidParam = z.object({ id: z.uuid({ error: ISSUE.idInvalid }) });
