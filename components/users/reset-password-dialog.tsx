"use client";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { SecretField } from "@/components/auth/secret-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { ApiClientError } from "@/lib/client/api";
import { useErrorText } from "@/lib/client/use-error-text";
import { useFieldErrors, useIssueText } from "@/lib/client/use-field-errors";
import { useResetPassword } from "@/lib/client/use-users";
import { passwordField } from "@/lib/domain/inputs";
import type { UserSummary } from "@/lib/domain/user";
import { NewPasswordField } from "./new-password-field";

type Choice = "make-up" | "type";

/** Each choice and its words (users.reset.*). */
const CHOICES = [
  ["make-up", "makeUp"],
  ["type", "typeOne"],
] as const;

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
  const t = useTranslations("users.reset");
  const common = useTranslations("common");
  const issueText = useIssueText();
  const fieldErrors = useFieldErrors();
  const errorText = useErrorText();

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
      const issue = parsed.error?.issues[0];
      setError(issue ? issueText(issue) : undefined);
      if (!parsed.success) return;
    }
    reset.mutate(
      { id: user.id, ...(choice === "type" ? { password: typed } : {}) },
      {
        onSuccess: ({ temporaryPassword }) => {
          toast.success(t("done", { name: user.name }), { description: t("doneDescription") });
          if (temporaryPassword) setTemporary(temporaryPassword);
          else close(false);
        },
        onError: (err) => {
          const field = err instanceof ApiClientError ? fieldErrors(err).password : undefined;
          if (field) setError(field);
          else setServerError(errorText(err));
        },
      },
    );
  }

  return (
    <Dialog open={open} onOpenChange={close}>
      {temporary ? (
        <DialogContent title={t("shownTitle", { name: user.name })}>
          <div className="rounded-lg border border-warning-soft-fg/30 bg-warning-soft/60 p-4">
            <p className="flex items-start gap-2 font-medium text-warning-soft-fg">
              <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
              {t("copyNow", { name: user.name })}
            </p>
            <SecretField id="temporary-password" label={t("temporary")} value={temporary} copied={t("copied")} />
          </div>
          <DialogFooter>
            <DialogClose asChild>
              <Button>{common("done")}</Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      ) : (
        <DialogContent
          title={t("title", { name: user.name })}
          description={t("description", { name: user.name, email: user.email })}
        >
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <fieldset className="grid gap-2">
              <legend className="mb-1 text-sm font-medium">{t("temporary")}</legend>
              {CHOICES.map(([value, label]) => (
                <label key={value} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="temporary"
                    value={value}
                    checked={choice === value}
                    onChange={() => setChoice(value)}
                  />
                  {t(label)}
                </label>
              ))}
            </fieldset>
            {choice === "type" ? (
              <NewPasswordField label={t("typed")} error={error} value={typed} onChange={setTyped} />
            ) : null}
            {serverError ? <FormError label={t("failed")}>{serverError}</FormError> : null}
            <DialogFooter className="mt-1">
              <DialogClose asChild>
                <Button variant="secondary">{common("cancel")}</Button>
              </DialogClose>
              <Button type="submit" variant="danger" loading={reset.isPending}>
                {t("submit")}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      )}
    </Dialog>
  );
}
