"use client";
import { UserPlus } from "lucide-react";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ApiClientError } from "@/lib/client/api";
import { useCreateUser } from "@/lib/client/use-users";
import { createUserInput } from "@/lib/domain/inputs";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from "@/lib/domain/user";
import { NewPasswordField } from "./new-password-field";

const EMPTY = { email: "", name: "", role: "fulfillment" as Role, password: "" };
type Errors = Partial<Record<keyof typeof EMPTY, string>>;

export function AddUserDialog() {
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
      for (const issue of parsed.error.issues) next[issue.path[0] as keyof Errors] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    createUser.mutate(parsed.data, {
      onSuccess: (user) => {
        toast.success(`${user.name} was added`, { description: `They can sign in as ${user.email}.` });
        onOpenChange(false);
      },
      onError: (error) => {
        if (error instanceof ApiClientError) setErrors(error.fieldErrors());
        setServerError(error.message);
      },
    });
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden />
          Add user
        </Button>
      </DialogTrigger>
      <DialogContent title="Add user" description="They sign in with this email and the initial password you set.">
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field label="Email" error={errors.email}>
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
          <Field label="Name" error={errors.name}>
            {(p) => (
              <Input {...p} autoComplete="off" value={values.name} onChange={(e) => set("name")(e.target.value)} />
            )}
          </Field>
          <Field label="Role" error={errors.role} hint={ROLE_DESCRIPTIONS[values.role]}>
            {(p) => (
              <Select {...p} value={values.role} onChange={(e) => set("role")(e.target.value)}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <NewPasswordField
            label="Initial password"
            error={errors.password}
            value={values.password}
            onChange={set("password")}
          />
          {serverError ? <FormError label="Could not add user">{serverError}</FormError> : null}
          <DialogFooter className="mt-1">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={createUser.isPending}>
              Create user
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
