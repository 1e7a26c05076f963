"use client";
// "Delete view" asks first, naming the view and who loses it (loaded only when asked).
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { useDeleteView } from "@/lib/client/use-views";
import type { SavedView } from "@/lib/domain/views";

interface Props {
  view: SavedView;
  /** Where the list goes once the view is gone: the same filters, no view. */
  afterHref: string;
  onClose: () => void;
}

export function DeleteViewDialog({ view, afterHref, onClose }: Props) {
  const remove = useDeleteView();
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`Delete the view “${view.name}”?`}
      description={
        <p>
          {view.shared ? "It disappears from every user's sidebar. " : "It disappears from your sidebar. "}
          The orders themselves are not touched.
        </p>
      }
      confirmLabel="Delete view"
      pending={remove.isPending}
      onConfirm={() =>
        remove.mutate(view.id, {
          onSuccess: () => {
            onClose();
            toast.success(`Deleted “${view.name}”`);
            window.history.replaceState(null, "", afterHref);
          },
          onError: (e) => toast.error("Could not delete the view", { description: e.message }),
        })
      }
    />
  );
}
