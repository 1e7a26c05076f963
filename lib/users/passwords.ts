// Passwords changed by their owner or reset by an admin, both audited.
// - Changing your own asks for the current one, checked under the sign-in throttle (a borrowed session cannot
//   guess it faster than a sign-in could), and ends your other sessions while this one goes on.
// - An admin's reset sets a temporary password (typed by the admin, or made up here and shown to them once),
//   ends all of the user's sessions and makes them choose a new password at their next sign-in.
import "server-only";
import { eq } from "drizzle-orm";
import { recordAudit, recordChange } from "../audit/record";
import { generatePassword, hashPassword, verifyPassword } from "../auth/password";
import { endUserSessions } from "../auth/sessions";
import { markAttemptSucceeded, reserveAttempt } from "../auth/throttle";
import type { Db } from "../db";
import { users } from "../db/schema";
import { ConflictError, InvalidInputError, NotFoundError, TooManyAttemptsError } from "../domain/errors";
import { fieldIssue } from "../domain/issues";
import type { ChangePasswordInput, ResetPasswordInput } from "../domain/inputs";
import type { CurrentUser, PasswordChanged, PasswordReset } from "../domain/user";
import { summarizeUser } from "./service";

const target = (id: string) => ({ type: "user", id });

export interface PasswordOwner {
  user: CurrentUser;
  /** The session to keep open (the one making the change). */
  sessionId: string;
  /** The known device the request comes from (lib/auth/device-cookie.ts), for the throttle. */
  device: string | null;
}

export async function changeOwnPassword(
  db: Db,
  owner: PasswordOwner,
  input: ChangePasswordInput,
  ip: string,
): Promise<PasswordChanged> {
  const { user } = owner;
  const attempt = await reserveAttempt(db, { email: user.email, ip, device: owner.device });
  if (attempt.blocked) throw new TooManyAttemptsError(attempt.retryAfterSeconds);
  const [row] = await db.select().from(users).where(eq(users.id, user.id)).limit(1);
  if (!row) throw new NotFoundError("Your account");
  if (!(await verifyPassword(input.currentPassword, row.passwordHash))) {
    await recordAudit(db, {
      actor: user,
      action: "user.password_change",
      target: target(user.id),
      outcome: "failure",
      ip,
      details: { reason: "wrong current password" },
    });
    throw InvalidInputError.of([fieldIssue("body.currentPassword", "currentPasswordWrong")]);
  }
  await markAttemptSucceeded(db, attempt.attemptId);
  const passwordHash = await hashPassword(input.newPassword);
  const endedSessions = await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    return endUserSessions(tx, user.id, owner.sessionId);
  });
  await recordChange(db, { actor: user, ip }, "user.password_change", target(user.id), {
    email: user.email,
    endedSessions,
    required: row.mustChangePassword,
  });
  return { endedSessions };
}

export async function resetPassword(
  db: Db,
  admin: CurrentUser,
  id: string,
  input: ResetPasswordInput,
  ip: string,
): Promise<PasswordReset> {
  // Resetting their own would end the admin's session and lock them into a change they could make directly.
  if (id === admin.id) throw new ConflictError("Change your own password on your profile.", "own_password");
  const temporaryPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? temporaryPassword!);
  const reset = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw new NotFoundError("The user");
    return { row, endedSessions: await endUserSessions(tx, id) };
  });
  await recordChange(db, { actor: admin, ip }, "user.password_reset", target(id), {
    email: reset.row.email,
    madeUp: temporaryPassword !== null,
    endedSessions: reset.endedSessions,
  });
  return { user: summarizeUser(reset.row), temporaryPassword };
}
