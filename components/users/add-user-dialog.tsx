"use client";
import { UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ApiClientError } from "@/lib/client/api";
import { useErrorText } from "@/lib/client/use-error-text";
import { useFieldErrors, useIssueText } from "@/lib/client/use-field-errors";
import { useCreateUser } from "@/lib/client/use-users";
import { createUserInput } from "@/lib/domain/inputs";
import { ROLES, type Role } from "@/lib/domain/user";
import { NewPasswordField } from "./new-password-field";

const EMPTY = { email: "", name: "", role: "fulfillment" as Role, password: "" };
type Errors = Partial<Record<keyof typeof EMPTY, string>>;

export function AddUserDialog() {
  const t = useTranslations("users");
  const common = useTranslations("common");
  const roles = useTranslations("roles");
  const issueText = useIssueText();
  const fieldErrors = useFieldErrors();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const createUser = useCreateUser();

  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setValues(EMPTY);
      setErrors({});
      setServerError(null);
      createUser.reset();
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    const parsed = createUserInput.safeParse(values);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as keyof Errors] ??= issueText(issue);
      setErrors(next);
      return;
    }
    setErrors({});
    createUser.mutate(parsed.data, {
      onSuccess: (user) => {
        toast.success(t("add.added", { name: user.name }), {
          description: t("add.addedDescription", { email: user.email }),
        });
        onOpenChange(false);
      },
      onError: (error) => {
        if (error instanceof ApiClientError) setErrors(fieldErrors(error));
        setServerError(errorText(error));
      },
    });
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden />
          {t("add.button")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("add.title")} description={t("add.description")}>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field label={t("add.email")} error={errors.email}>
            {(p) => (
              <Input
                {...p}
                type="email"
                autoComplete="off"
                value={values.email}
                onChange={(e) => set("email")(e.target.value)}
              />
            )}
          </Field>
          <Field label={t("add.name")} error={errors.name}>
            {(p) => (
              <Input {...p} autoComplete="off" value={values.name} onChange={(e) => set("name")(e.target.value)} />
            )}
          </Field>
          <Field label={t("add.role")} error={errors.role} hint={t(`roleDescriptions.${values.role}`)}>
            {(p) => (
              <Select {...p} value={values.role} onChange={(e) => set("role")(e.target.value)}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {roles(role)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <NewPasswordField
            label={t("add.password")}
            error={errors.password}
            value={values.password}
            onChange={set("password")}
          />
          {serverError ? <FormError label={t("add.failed")}>{serverError}</FormError> : null}
          <DialogFooter className="mt-1">
            <DialogClose asChild>
              <Button variant="secondary">{common("cancel")}</Button>
            </DialogClose>
            <Button type="submit" loading={createUser.isPending}>
              {t("add.submit")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
