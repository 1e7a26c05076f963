"use client";
import { CircleCheck, Plug } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { useCreateConnection, useUpdateConnection } from "@/lib/client/use-connections";
import type { PlatformDescription } from "@/lib/domain/platform";
import type { ConnectionDetail } from "@/lib/domain/connection";
import { ConnectionFields } from "./connection-fields";
import { emptyValues, type FormErrors, type FormValues, valuesFrom } from "./form-model";
import { buildInput, buildPatch, serverFieldErrors } from "./form-submit";
import { useSubmitText } from "./form-text";
import { TestOutcome, useConnectionTest } from "./use-connection-test";

interface ConnectionFormProps {
  platforms: PlatformDescription[];
  connection?: ConnectionDetail;
  onDone: () => void;
}

/** After "Save" on a new connection: offer to test it right away, in place. */
function Created({ connection, onDone }: { connection: ConnectionDetail; onDone: () => void }) {
  const t = useTranslations("connections.form");
  const common = useTranslations("common");
  const { test, run } = useConnectionTest();
  return (
    <div className="grid gap-5">
      <div className="flex items-start gap-3 rounded-lg border bg-surface-2/60 p-4">
        <CircleCheck aria-hidden className="mt-0.5 size-5 shrink-0 text-success-soft-fg" />
        <div className="min-w-0">
          <p className="font-medium">{t("added", { name: connection.name })}</p>
          <p className="mt-1 text-muted">{t("testNow")}</p>
          <TestOutcome test={test} className="mt-3" />
        </div>
      </div>
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          {common("done")}
        </Button>
        <Button loading={test.isPending} onClick={() => run(connection)}>
          {test.isPending ? null : <Plug aria-hidden />}
          {t("testConnection")}
        </Button>
      </DialogFooter>
    </div>
  );
}

export function ConnectionForm({ platforms, connection, onDone }: ConnectionFormProps) {
  const t = useTranslations("connections.form");
  const common = useTranslations("common");
  const text = useSubmitText();
  const [values, setValues] = useState<FormValues | null>(() => {
    const platform = platforms.find((p) => p.id === (connection?.platform ?? platforms[0]?.id));
    if (!platform) return null;
    return connection ? valuesFrom(connection, platform) : emptyValues(platform);
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [created, setCreated] = useState<ConnectionDetail | null>(null);
  const create = useCreateConnection();
  const update = useUpdateConnection();
  const platform = platforms.find((p) => p.id === values?.platform);

  if (created) return <Created connection={created} onDone={onDone} />;
  if (!values || !platform) return <p className="text-danger-soft-fg">{t("unsupported")}</p>;

  const onError = (error: Error) => {
    const fields = serverFieldErrors(error, text);
    if (fields) setErrors(fields);
    // A message the fields already show is not repeated; anything else (network, 5xx) is.
    setServerError(fields ? null : text.error(error));
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!values || !platform) return;
    setServerError(null);
    if (connection) {
      const built = buildPatch(values, platform, connection, text);
      if (!built.ok) return setErrors(built.errors);
      setErrors({});
      update.mutate(
        { id: connection.id, patch: built.body },
        {
          onSuccess: (saved) => {
            toast.success(t("saved", { name: saved.name }));
            onDone();
          },
          onError,
        },
      );
      return;
    }
    const built = buildInput(values, platform, text);
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    create.mutate(built.body, {
      onSuccess: (saved) => {
        toast.success(t("added", { name: saved.name }), { description: `${platform.label} · ${saved.baseUrl}` });
        setCreated(saved);
      },
      onError,
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5">
      <ConnectionFields
        values={values}
        onChange={setValues}
        errors={errors}
        platforms={platforms}
        platform={platform}
        stored={connection?.credentials}
        storedBaseUrl={connection?.baseUrl}
      />
      {serverError ? <FormError label={t("saveError")}>{serverError}</FormError> : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{common("cancel")}</Button>
        </DialogClose>
        <Button type="submit" loading={create.isPending || update.isPending}>
          {common("save")}
        </Button>
      </DialogFooter>
    </form>
  );
}
