"use client";
// Naming the current filters and columns as a saved view, or renaming / (admins) sharing an existing one.
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorText } from "@/lib/client/use-error-text";
import { useCreateView, useUpdateView } from "@/lib/client/use-views";
import { type SavedView, savedViewInput } from "@/lib/domain/views";

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Editing this view; otherwise a new view of `query` and `columns`. */
  view?: SavedView;
  query: string;
  columns: unknown;
  isAdmin: boolean;
  onSaved: (view: SavedView) => void;
}

export function SaveViewDialog({ open, onOpenChange, ...form }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open ? <SaveViewForm {...form} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

function SaveViewForm({
  view,
  query,
  columns,
  isAdmin,
  onSaved,
  onDone,
}: Omit<Props, "open" | "onOpenChange"> & { onDone: () => void }) {
  const [name, setName] = useState(view?.name ?? "");
  const [shared, setShared] = useState(view?.shared ?? false);
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const t = useTranslations("views");
  const tCommon = useTranslations("common");
  const errorText = useErrorText();
  const create = useCreateView();
  const update = useUpdateView();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    const input = view
      ? { name, ...(isAdmin ? { shared } : {}) }
      : { name, query: query ? `?${query}` : "", columns, ...(isAdmin ? { shared } : {}) };
    const parsed = savedViewInput.partial().safeParse(input);
    if (!parsed.success || !name.trim()) {
      // The schema's messages are English (the API's): an empty name is said in the user's words, anything else
      // (only an over-long name, which the field's maxLength prevents) as "Check the name".
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      setError(parsed.success || issue?.code === "too_small" ? t("nameRequired") : t("checkName"));
      return;
    }
    setError(null);
    const done = {
      onSuccess: (saved: SavedView) => {
        toast.success(view ? t("savedChanges", { name: saved.name }) : t("savedNew", { name: saved.name }), {
          description: saved.shared ? t("savedShared") : t("savedOwn"),
        });
        onSaved(saved);
        onDone();
      },
      onError: (e: Error) => setServerError(errorText(e)),
    };
    if (view) update.mutate({ id: view.id, patch: parsed.data }, done);
    else create.mutate(parsed.data as Parameters<typeof create.mutate>[0], done);
  }

  return (
    <DialogContent
      title={view ? t("edit") : t("save")}
      description={view ? t("editDescription") : t("saveDescription")}
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        <Field label={t("name")} error={error ?? undefined}>
          {(p) => (
            <Input {...p} autoComplete="off" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        {isAdmin ? (
          <label className="flex items-start gap-2.5 text-[13px]">
            <input
              type="checkbox"
              className="mt-0.5 size-4 accent-[var(--color-accent)]"
              checked={shared}
              onChange={(e) => setShared(e.target.checked)}
            />
            <span>
              <span className="font-medium">{t("share")}</span>
              <span className="block text-muted">{t("shareHint")}</span>
            </span>
          </label>
        ) : null}
        {serverError ? <FormError label={t("saveFailed")}>{serverError}</FormError> : null}
        <DialogFooter className="mt-1">
          <DialogClose asChild>
            <Button variant="secondary">{tCommon("cancel")}</Button>
          </DialogClose>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {view ? t("saveChanges") : t("save")}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
