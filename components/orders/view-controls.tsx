"use client";
// The page header's view actions: "Save view" for the current filters and columns; for the open saved view,
// its name, whether the filters changed since, "Update view", "Edit view" and "Delete view".
import { Bookmark, Pencil, Save, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { orderListSearch, parseOrderListSearch } from "@/lib/client/order-list-search";
import { useErrorText } from "@/lib/client/use-error-text";
import { useUpdateView } from "@/lib/client/use-views";
import type { SavedView } from "@/lib/domain/views";
import { mayEdit, viewHref } from "./saved-view-links";

// The dialogs load when first opened: the list's first paint does not need them.
const SaveViewDialog = lazy(() => import("./save-view-dialog").then((m) => ({ default: m.SaveViewDialog })));
const DeleteViewDialog = lazy(() => import("./delete-view-dialog").then((m) => ({ default: m.DeleteViewDialog })));

interface Props {
  view: SavedView | undefined;
  /** The current filters' canonical search string (no cursor). */
  filtersSearch: string;
  columns: unknown;
  isAdmin: boolean;
}

const canonical = (query: string) => orderListSearch({ ...parseOrderListSearch(query), cursor: undefined });

export function ViewControls({ view, filtersSearch, columns, isAdmin }: Props) {
  const t = useTranslations("views");
  const errorText = useErrorText();
  const [dialog, setDialog] = useState<"create" | "edit" | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const update = useUpdateView();
  const editable = view ? mayEdit(view, isAdmin) : false;
  const changed = view ? canonical(view.query) !== filtersSearch : false;

  return (
    <>
      {view ? (
        <span className="flex min-w-0 items-center gap-2 text-[13px]">
          <Bookmark aria-hidden className="size-4 shrink-0 text-muted" />
          <span
            className="truncate font-medium"
            title={view.shared ? t("sharedBy", { name: view.ownerName }) : undefined}
          >
            {view.name}
          </span>
          {view.shared ? <Badge>{t("shared")}</Badge> : null}
          {changed ? <Badge tone="warning">{t("changed")}</Badge> : null}
        </span>
      ) : null}
      {view && editable && changed ? (
        <Button
          variant="secondary"
          loading={update.isPending}
          onClick={() =>
            update.mutate(
              { id: view.id, patch: { query: filtersSearch ? `?${filtersSearch}` : "", columns } },
              {
                onSuccess: (v) => toast.success(t("updated", { name: v.name })),
                onError: (e) => toast.error(t("updateFailed"), { description: errorText(e) }),
              },
            )
          }
        >
          <Save aria-hidden />
          {t("update")}
        </Button>
      ) : null}
      {view && editable ? (
        <>
          <Button
            variant="ghost"
            size="icon"
            aria-label={t("edit")}
            title={t("edit")}
            onClick={() => setDialog("edit")}
          >
            <Pencil aria-hidden />
          </Button>
          <Button
            variant="ghost"
            size="icon"
            aria-label={t("delete")}
            title={t("delete")}
            onClick={() => setConfirmDelete(true)}
          >
            <Trash2 aria-hidden />
          </Button>
        </>
      ) : null}
      <Button variant="secondary" onClick={() => setDialog("create")}>
        <Bookmark aria-hidden />
        {t("save")}
      </Button>
      <Suspense fallback={null}>
        {dialog ? (
          <SaveViewDialog
            open
            onOpenChange={(open) => (open ? undefined : setDialog(null))}
            view={dialog === "edit" ? view : undefined}
            query={filtersSearch}
            columns={columns}
            isAdmin={isAdmin}
            // A new view holds exactly the current filters: mark it open. An edit keeps the URL as it is.
            onSaved={(saved) =>
              dialog === "create" ? window.history.replaceState(null, "", viewHref(saved)) : undefined
            }
          />
        ) : null}
        {view && confirmDelete ? (
          <DeleteViewDialog
            view={view}
            afterHref={`/orders${filtersSearch ? `?${filtersSearch}` : ""}`}
            onClose={() => setConfirmDelete(false)}
          />
        ) : null}
      </Suspense>
    </>
  );
}
