"use client";
// The order list's columns. TanStack Table v9 must see the same array every render: they are built once per
// interface language (useOrderColumns), since their headers and the cells' labels, dates and money are in it. The
// cells are plain functions from order-cells.tsx, called while the row renders.
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ServerSortHeader } from "@/components/data-table/column-header";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import { selectionColumn } from "@/components/data-table/selection-column";
import type { OrderListItem } from "@/lib/client/use-orders";
import {
  type CellIntl,
  ConnectionCell,
  CustomerCell,
  NumberCell,
  PaymentCell,
  PlacedCell,
  StatusCell,
  TotalCell,
  TrackingCell,
} from "./order-cells";

export interface OrderRow {
  order: OrderListItem;
  connectionName: string;
}

export const rowIdOf = (row: OrderRow) => `${row.order.connectionId}/${row.order.id}`;

const helper = createDataTableColumnHelper<OrderRow>();

/** The columns with their headers and cells in the interface's language (`intl`). */
export function orderColumns(intl: CellIntl) {
  const { t } = intl;
  return helper.columns([
    selectionColumn<OrderRow>((row) => t("selectOrder", { number: row.order.number }), t("selectAllOnPage")),
    helper.accessor((row) => row.connectionName, {
      id: "connection",
      header: t("columns.connection"),
      meta: { label: t("columns.connection") },
      cell: ({ row }) => ConnectionCell({ order: row.original.order, name: row.original.connectionName }),
    }),
    helper.accessor((row) => row.order.number, {
      id: "number",
      header: t("columns.number"),
      meta: { label: t("columns.numberLabel") },
      cell: ({ row }) => NumberCell({ order: row.original.order, intl }),
    }),
    helper.accessor((row) => row.order.placedAt, {
      id: "placedAt",
      header: (ctx) => <ServerSortHeader title={t("columns.placedAt")} column={ctx.column} table={ctx.table} />,
      meta: { label: t("columns.placedAtLabel") },
      cell: ({ row }) => PlacedCell({ order: row.original.order, intl }),
    }),
    helper.accessor((row) => row.order.customer.name ?? row.order.customer.email ?? "", {
      id: "customer",
      header: t("columns.customer"),
      meta: { label: t("columns.customer") },
      cell: ({ row }) => CustomerCell({ order: row.original.order }),
    }),
    helper.accessor((row) => row.order.lineCount, {
      id: "items",
      header: t("columns.items"),
      meta: { label: t("columns.items"), className: "text-right" },
      cell: ({ row }) => row.original.order.lineCount,
    }),
    helper.accessor((row) => row.order.totals.total.amount, {
      id: "total",
      header: (ctx) => <ServerSortHeader title={t("columns.total")} column={ctx.column} table={ctx.table} />,
      meta: { label: t("columns.total"), className: "text-right" },
      cell: ({ row }) => TotalCell({ order: row.original.order, intl }),
    }),
    helper.accessor((row) => row.order.payment.status?.label ?? "", {
      id: "payment",
      header: t("columns.payment"),
      meta: { label: t("columns.paymentLabel") },
      cell: ({ row }) => PaymentCell({ order: row.original.order }),
    }),
    helper.accessor((row) => row.order.status.label, {
      id: "status",
      header: t("columns.status"),
      meta: { label: t("columns.statusLabel") },
      cell: ({ row }) => StatusCell({ order: row.original.order }),
    }),
    helper.accessor((row) => row.order.shipping.tracking[0]?.number ?? "", {
      id: "tracking",
      header: t("columns.tracking"),
      meta: { label: t("columns.trackingLabel") },
      cell: ({ row }) => TrackingCell({ order: row.original.order }),
    }),
  ]);
}

/** The columns in the interface's language: the same array until the language changes. */
export function useOrderColumns() {
  const t = useTranslations("orders");
  const locale = useLocale();
  return useMemo(() => orderColumns({ t, locale }), [t, locale]);
}

/** Every column's id in its default order (orderColumns' order): the layout "Reset columns" goes back to. */
export const DEFAULT_COLUMN_ORDER = [
  "select",
  "connection",
  "number",
  "placedAt",
  "customer",
  "items",
  "total",
  "payment",
  "status",
  "tracking",
];
/** Columns hidden until a user shows them. */
export const DEFAULT_HIDDEN: Record<string, boolean> = { payment: false };
