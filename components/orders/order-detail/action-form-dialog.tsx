"use client";
import { type FormEvent, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { controlClasses, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/client/cn";
import type { AvailableAction } from "@/lib/domain/action";
import { buildInput, type FieldSpec } from "./action-fields";
import type { ActionRunner } from "./use-action-runner";

interface Props {
  action: AvailableAction;
  fields: FieldSpec[];
  initial: Record<string, string>;
  /** e.g. "Order 94000250 on MerchantPro" or "Rochie Floral (MK-53) in order 94000250". */
  subject: string;
  runner: ActionRunner;
  onDone: () => void;
}

/** The form of one action in a dialog: validated with the shared zod schema before anything is sent. */
export function ActionFormDialog({ action, fields, initial, subject, runner, onDone }: Props) {
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
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
    <DialogContent title={action.label} description={subject}>
      <form noValidate onSubmit={submit} className="grid gap-4">
        {fields.map((field) => (
          <Field key={field.name} label={field.label} error={errors[field.name]}>
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
            {action.type === "cancel" ? "Keep order" : "Cancel"}
          </DialogClose>
          <Button type="submit" variant={action.destructive ? "danger" : "primary"} loading={running}>
            {action.label}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
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
  if (field.kind === "select") {
    return (
      <Select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
        {field.name === "status" ? null : <option value="">Choose…</option>}
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
