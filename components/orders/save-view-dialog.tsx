"use client";
// Naming the current filters and columns as a saved view, or renaming / (admins) sharing an existing one.
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
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
      setError(parsed.success ? "Name the view" : (parsed.error.issues[0]?.message ?? "Check the name"));
      return;
    }
    setError(null);
    const done = {
      onSuccess: (saved: SavedView) => {
        toast.success(view ? `Saved “${saved.name}”` : `Saved the view “${saved.name}”`, {
          description: saved.shared
            ? "Everyone sees it under Orders in the sidebar."
            : "It is listed under Orders in the sidebar.",
        });
        onSaved(saved);
        onDone();
      },
      onError: (e: Error) => setServerError(e.message),
    };
    if (view) update.mutate({ id: view.id, patch: parsed.data }, done);
    else create.mutate(parsed.data as Parameters<typeof create.mutate>[0], done);
  }

  return (
    <DialogContent
      title={view ? "Edit view" : "Save view"}
      description={
        view ? "Rename the view or change who sees it." : "Saves the current filters, sort and columns under a name."
      }
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        <Field label="View name" error={error ?? undefined}>
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
              <span className="font-medium">Share with everyone</span>
              <span className="block text-muted">Every user sees it in their sidebar; only admins can change it.</span>
            </span>
          </label>
        ) : null}
        {serverError ? <FormError label="Could not save the view">{serverError}</FormError> : null}
        <DialogFooter className="mt-1">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {view ? "Save changes" : "Save view"}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
