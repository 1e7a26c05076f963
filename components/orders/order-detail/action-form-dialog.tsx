"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { controlClasses, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/client/cn";
import type { AvailableAction } from "@/lib/domain/action";
import { buildInput, type FieldProblem, type FieldSpec } from "./action-fields";
import type { ActionRunner } from "./use-action-runner";

interface Props {
  action: AvailableAction;
  /** The action's words (useActionLabel). */
  label: string;
  fields: FieldSpec[];
  initial: Record<string, string>;
  /** e.g. "Order 94000250 on MerchantPro" or "Rochie Floral (MK-53) in order 94000250". */
  subject: string;
  runner: ActionRunner;
  onDone: () => void;
}

/** The form of one action in a dialog: validated with the shared zod schema before anything is sent. */
export function ActionFormDialog({ action, label, fields, initial, subject, runner, onDone }: Props) {
  const t = useTranslations("actions");
  const common = useTranslations("common");
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, FieldProblem>>({});
  const running = runner.runningKey === action.key;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const built = buildInput(action, fields, values);
    if ("errors" in built) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    if (await runner.perform(action, built.input)) onDone();
  }

  return (
    <DialogContent title={label} description={subject}>
      <form noValidate onSubmit={submit} className="grid gap-4">
        {fields.map((field) => (
          <Field key={field.name} label={fieldLabel(t, field)} error={problemText(t, field, errors[field.name])}>
            {(control) => (
              <Control
                field={field}
                action={action}
                control={control}
                value={values[field.name] ?? ""}
                onChange={(value) => setValues((v) => ({ ...v, [field.name]: value }))}
              />
            )}
          </Field>
        ))}
        {runner.failure?.key === action.key && !running ? (
          <p role="status" className="rounded-md bg-danger-soft px-3 py-2 text-[13px] text-danger-soft-fg">
            {runner.failure.message}
          </p>
        ) : null}
        <DialogFooter>
          <DialogClose className={buttonClasses("secondary")}>
            {action.type === "cancel" ? t("keepOrder") : common("cancel")}
          </DialogClose>
          <Button type="submit" variant={action.destructive ? "danger" : "primary"} loading={running}>
            {label}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}

type T = ReturnType<typeof useTranslations<"actions">>;

/** "Tracking number", "Carrier (optional)". */
function fieldLabel(t: T, field: FieldSpec): string {
  const label = t(`field.${field.name}`);
  return field.required ? label : t("optional", { label });
}

function problemText(t: T, field: FieldSpec, problem: FieldProblem | undefined): string | undefined {
  if (!problem) return undefined;
  switch (problem.kind) {
    case "required":
      return t(`required.${field.name}`);
    case "tooLong":
      return t("invalid.tooLong", { max: String(problem.max) }); // as the schema says it: "2000", not "2,000"
    case "other":
      return problem.message; // a check the form does not expect: the schema's own words
    default:
      return t(`invalid.${problem.kind}`);
  }
}

interface ControlArgs {
  field: FieldSpec;
  action: AvailableAction;
  control: { id: string; "aria-invalid": boolean | undefined; "aria-describedby": string | undefined };
  value: string;
  onChange: (value: string) => void;
}

/** A select's options: the statuses to move to, or the connection's list for the field. */
function optionsOf(field: FieldSpec, action: AvailableAction) {
  if (field.name === "status") return action.statusOptions ?? [];
  return (field.name === "carrier" ? action.choices?.carrier : action.choices?.reason) ?? [];
}

function Control({ field, action, control, value, onChange }: ControlArgs) {
  const t = useTranslations("actions");
  if (field.kind === "select") {
    return (
      <Select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
        {field.name === "status" ? null : <option value="">{t("choose")}</option>}
        {optionsOf(field, action).map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </Select>
    );
  }
  if (field.kind === "textarea") {
    return (
      <textarea
        {...control}
        rows={4}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={cn(controlClasses, "h-auto py-2")}
      />
    );
  }
  const inputMode = field.kind === "number" ? "numeric" : field.kind === "decimal" ? "decimal" : undefined;
  return (
    <Input
      {...control}
      type={field.kind === "url" ? "url" : "text"}
      inputMode={inputMode}
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
