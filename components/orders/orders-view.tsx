"use client";
// The unified order list, read from Orderdeck's order index: URL-driven filters, sorts and paging over every
// connection, counts per stage and shop, how fresh each shop's orders are (with "Sync now"), a per-user column
// layout, saved views, keyboard navigation, selection for bulk actions and export.
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { ViewOptions } from "@/components/data-table/view-options";
import { PageHeader } from "@/components/ui/page-header";
import { useListFreshness } from "@/lib/client/live/use-list-freshness";
import { useLiveRows } from "@/lib/client/live/use-live-rows";
import { useNewOrderCount } from "@/lib/client/live/use-new-orders";
import { orderHref } from "@/lib/client/order-format";
import { PAGE_SIZES } from "@/lib/client/order-list-search";
import { queryKeys } from "@/lib/client/query-keys";
import { useConnections } from "@/lib/client/use-connections";
import { useOrderCounts, useOrderList } from "@/lib/client/use-orders";
import { useSyncNow } from "@/lib/client/use-sync";
import { useSavedViews } from "@/lib/client/use-views";
import { ORDER_SORTS, type OrderListSort } from "@/lib/domain/query-rules";
import { HeaderActions } from "./header-actions";
import { rememberListRefs } from "./list-refs";
import { currenciesOf } from "./list-sources";
import { NewOrdersPill } from "./new-orders-pill";
import { NoConnections } from "./no-connections";
import { OrderFilters } from "./order-filters";
import { OrdersBody } from "./orders-body";
import type { OrderRow } from "./orders-columns";
import { SyncStatus } from "./sync-status";
import { toColumnLayout, useColumnLayout } from "./use-column-layout";
import { useExactTimeTitles } from "./use-exact-time-titles";
import { useListShortcuts } from "./use-list-shortcuts";
import { useOrderListUrl } from "./use-order-list-url";
import { useOrderSelection } from "./use-order-selection";
import { useOrdersTable } from "./use-orders-table";

// Only users who can act ever select rows: the bar and its dialogs load when first needed, inside their own
// Suspense boundary (a first selection must not blank the list while the chunk arrives).
const BulkActionsBar = lazy(() => import("./bulk/bulk-actions-bar").then((m) => ({ default: m.BulkActionsBar })));

export interface OrdersViewProps {
  canExport: boolean;
  canAct: boolean;
  isAdmin: boolean;
}

export function OrdersView({ canExport, canAct, isAdmin }: OrdersViewProps) {
  const t = useTranslations("orders");
  const locale = useLocale();
  const router = useRouter();
  const queryClient = useQueryClient();
  const url = useOrderListUrl();
  const { query } = url;
  const connections = useConnections();
  const views = useSavedViews();
  const list = useOrderList(query);
  const counts = useOrderCounts(query);
  const read = { page: list.data, readAt: list.dataUpdatedAt, current: !list.isPlaceholderData };
  const newCount = useNewOrderCount(query, read);
  const freshness = useListFreshness(query, read);
  const listed = useLiveRows(list.data?.orders);
  const syncNow = useSyncNow();
  const columns = useColumnLayout();
  const searchRef = useRef<HTMLInputElement>(null);
  const tableArea = useRef<HTMLDivElement>(null);
  useExactTimeTitles(tableArea, locale);

  const names = useMemo(() => new Map((connections.data ?? []).map((c) => [c.id, c.name])), [connections.data]);
  const rows = useMemo<OrderRow[] | undefined>(
    () =>
      listed?.map((order) => ({
        order,
        connectionName: names.get(order.connectionId) ?? (connections.data ? t("removedConnection") : ""),
      })),
    [listed, names, connections.data, t],
  );
  // The index sorts every way across every platform.
  const sorts = ORDER_SORTS;
  const { filters, setFilters } = url;
  const onSort = useCallback((sort: OrderListSort) => setFilters({ sort }), [setFilters]);

  // Opening a saved view brings its columns along (once per view opened, so later changes stick).
  const view = views.data?.find((v) => v.id === url.viewId);
  const appliedView = useRef<string | null>(null);
  useEffect(() => {
    if (!view || appliedView.current === view.id) return;
    appliedView.current = view.id;
    if (view.columns) columns.setLayout(toColumnLayout(view.columns));
  }, [view, columns.setLayout]);

  const selection = useOrderSelection(rows, url.filtersSearch);
  const layout = useMemo(
    () =>
      canAct ? columns.layout : { ...columns.layout, visibility: { ...columns.layout.visibility, select: false } },
    [canAct, columns.layout],
  );
  const table = useOrdersTable({
    rows,
    layout,
    setLayout: columns.setLayout,
    sort: filters.sort,
    availableSorts: sorts,
    onSort,
    selection: selection.selection,
  });

  const [activeId, setActiveId] = useState<string | null>(null);
  const rowIds = useMemo(() => rows?.map((row) => `${row.order.connectionId}/${row.order.id}`) ?? [], [rows]);
  const open = useCallback(
    (id: string) => {
      const [connectionId = "", ...rest] = id.split("/");
      router.push(orderHref(connectionId, rest.join("/")));
    },
    [router],
  );
  useListShortcuts({
    rowIds,
    activeId,
    setActiveId,
    onOpen: open,
    onToggle: canAct ? selection.flip : () => {},
    searchRef,
  });

  useEffect(() => {
    if (rows && !list.isPlaceholderData)
      rememberListRefs(rows.map(({ order }) => ({ connectionId: order.connectionId, orderId: order.id })));
  }, [rows, list.isPlaceholderData]);

  // "N new orders — show": the list from its top, read again (a later page goes back to the first one).
  const showNew = useCallback(() => {
    if (query.cursor) {
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.orders.all, "list"], refetchType: "none" });
      setFilters({});
    } else {
      void list.refetch();
    }
    window.scrollTo({ top: 0 });
    tableArea.current?.focus({ preventScroll: true });
  }, [query.cursor, queryClient, setFilters, list.refetch]);

  const noConnections = connections.data?.length === 0;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          noConnections ? null : (
            <HeaderActions
              view={view}
              filtersSearch={url.filtersSearch}
              columns={columns.layout}
              isAdmin={isAdmin}
              canExport={canExport}
              canAct={canAct}
            />
          )
        }
      />
      {noConnections ? (
        <NoConnections isAdmin={isAdmin} />
      ) : (
        <>
          <OrderFilters
            filters={filters}
            connections={connections.data}
            counts={counts.data}
            availableSorts={sorts}
            currencies={currenciesOf(list.data?.orders, query.currency)}
            onChange={setFilters}
            onClear={url.clear}
            hasFilters={url.hasFilters}
            searchRef={searchRef}
            columnsMenu={
              <ViewOptions
                table={table}
                density={columns.layout.density}
                onDensityChange={(density) => columns.setLayout({ density })}
                onReset={columns.reset}
              />
            }
          />
          {freshness && freshness.sync.length > 0 ? (
            // Not lazy: a banner arriving after the rows would push them from under the pointer.
            <SyncStatus
              page={freshness}
              syncing={syncNow.isPending}
              onSyncNow={(ids) => syncNow.mutate({ connectionIds: ids })}
            />
          ) : null}
          <NewOrdersPill newCount={newCount} onShow={showNew} />
          {/* Focused after "show": the new top of the list is where reading goes on. */}
          <div ref={tableArea} tabIndex={-1} className="outline-none">
            <OrdersBody
              list={list}
              table={table}
              density={columns.layout.density}
              layoutLoading={columns.loading}
              activeId={activeId}
              onRowActivate={setActiveId}
              hasFilters={url.hasFilters}
              onClear={url.clear}
              onNextPage={url.nextPage}
            />
          </div>
          <CursorPagination
            label={t("pages")}
            page={url.page}
            rows={list.data?.orders.length ?? 0}
            pageSize={query.limit}
            pageSizes={PAGE_SIZES}
            hasPrevious={Boolean(query.cursor)}
            hasNext={Boolean(list.data?.nextCursor)}
            busy={list.isPlaceholderData}
            onPrevious={url.previousPage}
            onNext={() => list.data?.nextCursor && url.nextPage(list.data.nextCursor)}
            onPageSize={(limit) => setFilters({ limit })}
          />
          {canAct && selection.selected.length > 0 ? (
            <Suspense fallback={null}>
              <BulkActionsBar
                selected={selection.selected}
                onDone={() => {
                  selection.clear();
                  void list.refetch();
                }}
              />
            </Suspense>
          ) : null}
        </>
      )}
    </>
  );
}
