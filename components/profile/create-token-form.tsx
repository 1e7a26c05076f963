"use client";
import { KeyRound } from "lucide-react";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ApiClientError } from "@/lib/client/api";
import { useCreateToken } from "@/lib/client/use-tokens";
import { createTokenInput, MAX_TOKEN_DAYS } from "@/lib/domain/inputs";

// Every token expires (at most MAX_TOKEN_DAYS after it is made).
const EXPIRY_OPTIONS = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: String(MAX_TOKEN_DAYS), label: `${MAX_TOKEN_DAYS} days` },
];

export function CreateTokenForm({ onCreated }: { onCreated: (created: { name: string; token: string }) => void }) {
  const [name, setName] = useState("");
  const [expires, setExpires] = useState("90");
  const [error, setError] = useState<string | undefined>();
  const create = useCreateToken();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createTokenInput.safeParse({ name, expiresInDays: Number(expires) });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    create.mutate(parsed.data, {
      onSuccess: ({ token, summary }) => {
        onCreated({ name: summary.name, token });
        setName("");
        toast.success(`Token "${summary.name}" created`);
      },
      onError: (err) => {
        setError(err instanceof ApiClientError ? (err.fieldErrors().name ?? err.message) : err.message);
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-3">
      <Field
        label="Token name"
        error={error}
        className="min-w-56 flex-1"
        hint="Name it after what will use it, e.g. “Nightly export”."
      >
        {(p) => <Input {...p} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <div className="flex items-end gap-3">
        <Field label="Expires in" className="w-40">
          {(p) => (
            <Select {...p} value={expires} onChange={(e) => setExpires(e.target.value)}>
              {EXPIRY_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" loading={create.isPending}>
          {create.isPending ? null : <KeyRound aria-hidden />}
          Create token
        </Button>
      </div>
    </form>
  );
}
