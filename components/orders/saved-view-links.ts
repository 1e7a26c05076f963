// Where a saved view lives in the app: its filters as the list's URL, plus `view=<id>` so the page (and the
// sidebar) know which view is open.
import type { SavedView } from "@/lib/domain/views";

export function viewHref(view: Pick<SavedView, "id" | "query">): string {
  const search = view.query.replace(/^\?/, "");
  return `/orders?${[search, `view=${encodeURIComponent(view.id)}`].filter(Boolean).join("&")}`;
}

/** A user may change their own views; an admin may also change the shared ones (the API enforces it). */
export function mayEdit(view: SavedView, isAdmin: boolean): boolean {
  return view.mine || (view.shared && isAdmin);
}
