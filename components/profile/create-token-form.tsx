"use client";
import { KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ApiClientError } from "@/lib/client/api";
import { useErrorText } from "@/lib/client/use-error-text";
import { useFieldErrors, useIssueText } from "@/lib/client/use-field-errors";
import { useCreateToken } from "@/lib/client/use-tokens";
import { createTokenInput, MAX_TOKEN_DAYS } from "@/lib/domain/inputs";

// Every token expires (at most MAX_TOKEN_DAYS after it is made).
const EXPIRY_DAYS = [30, 90, MAX_TOKEN_DAYS];

export function CreateTokenForm({ onCreated }: { onCreated: (created: { name: string; token: string }) => void }) {
  const [name, setName] = useState("");
  const [expires, setExpires] = useState("90");
  const [error, setError] = useState<string | undefined>();
  const create = useCreateToken();
  const t = useTranslations("tokens");
  const issueText = useIssueText();
  const fieldErrors = useFieldErrors();
  const errorText = useErrorText();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createTokenInput.safeParse({ name, expiresInDays: Number(expires) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(issue ? issueText(issue) : undefined);
      return;
    }
    setError(undefined);
    create.mutate(parsed.data, {
      onSuccess: ({ token, summary }) => {
        onCreated({ name: summary.name, token });
        setName("");
        toast.success(t("createdToast", { name: summary.name }));
      },
      onError: (err) => {
        setError(err instanceof ApiClientError ? (fieldErrors(err).name ?? errorText(err)) : errorText(err));
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-3">
      <Field label={t("nameLabel")} error={error} className="min-w-56 flex-1" hint={t("nameHint")}>
        {(p) => <Input {...p} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <div className="flex items-end gap-3">
        <Field label={t("expiresIn")} className="w-40">
          {(p) => (
            <Select {...p} value={expires} onChange={(e) => setExpires(e.target.value)}>
              {EXPIRY_DAYS.map((days) => (
                <option key={days} value={String(days)}>
                  {t("days", { days })}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" loading={create.isPending}>
          {create.isPending ? null : <KeyRound aria-hidden />}
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
