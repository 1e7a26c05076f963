"use client";
// The order list's columns, at module scope (TanStack Table v9 must see the same array every render). The
// cells are plain functions from order-cells.tsx, called while the row renders.
import { ServerSortHeader } from "@/components/data-table/column-header";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import { selectionColumn } from "@/components/data-table/selection-column";
import type { OrderListItem } from "@/lib/client/use-orders";
import {
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

export const ORDER_COLUMNS = helper.columns([
  selectionColumn<OrderRow>((row) => `Select order ${row.order.number}`, "Select all orders on this page"),
  helper.accessor((row) => row.connectionName, {
    id: "connection",
    header: "Connection",
    meta: { label: "Connection" },
    cell: ({ row }) => ConnectionCell({ order: row.original.order, name: row.original.connectionName }),
  }),
  helper.accessor((row) => row.order.number, {
    id: "number",
    header: "Order",
    meta: { label: "Order number" },
    cell: ({ row }) => NumberCell({ order: row.original.order }),
  }),
  helper.accessor((row) => row.order.placedAt, {
    id: "placedAt",
    header: (ctx) => <ServerSortHeader title="Placed" column={ctx.column} table={ctx.table} />,
    meta: { label: "Placed at" },
    cell: ({ row }) => PlacedCell({ order: row.original.order }),
  }),
  helper.accessor((row) => row.order.customer.name ?? row.order.customer.email ?? "", {
    id: "customer",
    header: "Customer",
    meta: { label: "Customer" },
    cell: ({ row }) => CustomerCell({ order: row.original.order }),
  }),
  helper.accessor((row) => row.order.lineCount, {
    id: "items",
    header: "Items",
    meta: { label: "Items", className: "text-right" },
    cell: ({ row }) => row.original.order.lineCount,
  }),
  helper.accessor((row) => row.order.totals.total.amount, {
    id: "total",
    header: (ctx) => <ServerSortHeader title="Total" column={ctx.column} table={ctx.table} />,
    meta: { label: "Total", className: "text-right" },
    cell: ({ row }) => TotalCell({ order: row.original.order }),
  }),
  helper.accessor((row) => row.order.payment.status?.label ?? "", {
    id: "payment",
    header: "Payment",
    meta: { label: "Payment status" },
    cell: ({ row }) => PaymentCell({ order: row.original.order }),
  }),
  helper.accessor((row) => row.order.status.label, {
    id: "status",
    header: "Fulfillment",
    meta: { label: "Fulfillment status" },
    cell: ({ row }) => StatusCell({ order: row.original.order }),
  }),
  helper.accessor((row) => row.order.shipping.tracking[0]?.number ?? "", {
    id: "tracking",
    header: "Tracking",
    meta: { label: "Tracking" },
    cell: ({ row }) => TrackingCell({ order: row.original.order }),
  }),
]);

/** Every column's id in its default order: the layout "Reset columns" goes back to. */
export const DEFAULT_COLUMN_ORDER = ORDER_COLUMNS.map((column) => column.id ?? "");
/** Columns hidden until a user shows them. */
export const DEFAULT_HIDDEN: Record<string, boolean> = { payment: false };
