"use client";
// The page header's actions: saved-view controls, "Recent bulk actions" for roles that may act (a job started
// in a closed tab is reopened from here) and "Export CSV" for roles that may export.
import type { SavedView } from "@/lib/domain/views";
import { RecentBulkActions } from "./bulk/recent-bulk-actions";
import { ExportButton } from "./export-button";
import { ViewControls } from "./view-controls";

interface Props {
  view: SavedView | undefined;
  filtersSearch: string;
  columns: unknown;
  isAdmin: boolean;
  canExport: boolean;
  canAct: boolean;
}

export function HeaderActions({ view, filtersSearch, columns, isAdmin, canExport, canAct }: Props) {
  return (
    <>
      <ViewControls view={view} filtersSearch={filtersSearch} columns={columns} isAdmin={isAdmin} />
      {canAct ? <RecentBulkActions /> : null}
      {canExport ? <ExportButton search={filtersSearch} /> : null}
    </>
  );
}
