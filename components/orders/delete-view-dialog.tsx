"use client";
// "Delete view" asks first, naming the view and who loses it (loaded only when asked).
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { useErrorText } from "@/lib/client/use-error-text";
import { useDeleteView } from "@/lib/client/use-views";
import type { SavedView } from "@/lib/domain/views";

interface Props {
  view: SavedView;
  /** Where the list goes once the view is gone: the same filters, no view. */
  afterHref: string;
  onClose: () => void;
}

export function DeleteViewDialog({ view, afterHref, onClose }: Props) {
  const t = useTranslations("views");
  const errorText = useErrorText();
  const remove = useDeleteView();
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t("deleteTitle", { name: view.name })}
      description={<p>{view.shared ? t("deleteShared") : t("deleteOwn")}</p>}
      confirmLabel={t("delete")}
      pending={remove.isPending}
      onConfirm={() =>
        remove.mutate(view.id, {
          onSuccess: () => {
            onClose();
            toast.success(t("deleted", { name: view.name }));
            window.history.replaceState(null, "", afterHref);
          },
          onError: (e) => toast.error(t("deleteFailed"), { description: errorText(e) }),
        })
      }
    />
  );
}
