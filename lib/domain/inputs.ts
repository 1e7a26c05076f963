// The request bodies of the account APIs, shared by the forms (client-side validation) and the routes.
import { z } from "zod";
import { ROLES } from "./user";

export const emailField = z.email({ error: "Enter a valid email address" }).trim().toLowerCase().max(254);
export const passwordField = z
  .string()
  .min(12, { error: "Use at least 12 characters" })
  .max(256, { error: "Use at most 256 characters" });
export const nameField = z.string().trim().min(1, { error: "Enter a name" }).max(120);

export const createUserInput = z.object({
  email: emailField,
  name: nameField,
  role: z.enum(ROLES),
  password: passwordField,
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z
  .object({ name: nameField.optional(), role: z.enum(ROLES).optional(), active: z.boolean().optional() })
  .refine((value) => Object.keys(value).length > 0, { error: "Change at least one of name, role, active" });
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const createTokenInput = z.object({
  name: z.string().trim().min(1, { error: "Name the token after what will use it" }).max(80),
  expiresInDays: z.number().int().min(1).max(3650).nullable().optional(),
});
export type CreateTokenInput = z.infer<typeof createTokenInput>;

export const uuidParam = z.object({ id: z.uuid({ error: "Not a valid id" }) });
