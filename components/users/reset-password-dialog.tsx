"use client";
import { TriangleAlert } from "lucide-react";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { SecretField } from "@/components/auth/secret-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { ApiClientError } from "@/lib/client/api";
import { useResetPassword } from "@/lib/client/use-users";
import { passwordField } from "@/lib/domain/inputs";
import type { UserSummary } from "@/lib/domain/user";
import { NewPasswordField } from "./new-password-field";

type Choice = "make-up" | "type";

/**
 * An admin resets someone's password: confirmed first (it signs them out everywhere), with a temporary password
 * Orderdeck makes up (shown here once, to copy) or one the admin types. They must change it at their next sign-in.
 */
export function ResetPasswordDialog({
  user,
  open,
  onOpenChange,
}: {
  user: UserSummary;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [choice, setChoice] = useState<Choice>("make-up");
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [temporary, setTemporary] = useState<string | null>(null);
  const reset = useResetPassword();

  function close(next: boolean) {
    onOpenChange(next);
    if (!next) {
      setChoice("make-up");
      setTyped("");
      setError(undefined);
      setServerError(null);
      setTemporary(null);
      reset.reset();
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    if (choice === "type") {
      const parsed = passwordField.safeParse(typed);
      setError(parsed.error?.issues[0]?.message);
      if (!parsed.success) return;
    }
    reset.mutate(
      { id: user.id, ...(choice === "type" ? { password: typed } : {}) },
      {
        onSuccess: ({ temporaryPassword }) => {
          toast.success(`${user.name}'s password was reset`, {
            description: "They choose a new one when they next sign in.",
          });
          if (temporaryPassword) setTemporary(temporaryPassword);
          else close(false);
        },
        onError: (err) => {
          const field = err instanceof ApiClientError ? err.fieldErrors().password : undefined;
          if (field) setError(field);
          else setServerError(err.message);
        },
      },
    );
  }

  return (
    <Dialog open={open} onOpenChange={close}>
      {temporary ? (
        <DialogContent title={`Temporary password for ${user.name}`}>
          <div className="rounded-lg border border-warning-soft-fg/30 bg-warning-soft/60 p-4">
            <p className="flex items-start gap-2 font-medium text-warning-soft-fg">
              <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
              Copy it now and give it to {user.name} privately: it will not be shown again.
            </p>
            <SecretField
              id="temporary-password"
              label="Temporary password"
              value={temporary}
              copied="Temporary password copied"
            />
          </div>
          <DialogFooter>
            <DialogClose asChild>
              <Button>Done</Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      ) : (
        <DialogContent
          title={`Reset ${user.name}'s password?`}
          description={`${user.name} (${user.email}) is signed out everywhere now, and must choose a new password after signing in with the temporary one.`}
        >
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <fieldset className="grid gap-2">
              <legend className="mb-1 text-sm font-medium">Temporary password</legend>
              {(
                [
                  ["make-up", "Make one up for me (shown once, to copy)"],
                  ["type", "Let me type one"],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="temporary"
                    value={value}
                    checked={choice === value}
                    onChange={() => setChoice(value)}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
            {choice === "type" ? (
              <NewPasswordField label="Their temporary password" error={error} value={typed} onChange={setTyped} />
            ) : null}
            {serverError ? <FormError label="Could not reset the password">{serverError}</FormError> : null}
            <DialogFooter className="mt-1">
              <DialogClose asChild>
                <Button variant="secondary">Cancel</Button>
              </DialogClose>
              <Button type="submit" variant="danger" loading={reset.isPending}>
                Reset password
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      )}
    </Dialog>
  );
}
