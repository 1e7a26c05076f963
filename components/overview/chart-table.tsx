// A chart's figures as a table: read by screen readers in place of the chart (visually hidden), or shown
// instead of it by "Show as table". Counts link into the order list like the bars do.
import type { ReactNode } from "react";
import { cn } from "@/lib/client/cn";

export interface TableRow {
  key: string;
  header: string;
  cells: ReactNode[];
}

export interface ChartTableData {
  caption: string;
  /** The first column's name, then one per value column. */
  columns: string[];
  rows: TableRow[];
  footer?: TableRow;
}

const cell = "px-3 py-1.5 text-right font-normal tabular-nums";

function Row({ row, total }: { row: TableRow; total?: boolean }) {
  return (
    <tr className={cn("border-t", total && "font-medium")}>
      <th scope="row" className="whitespace-nowrap px-3 py-1.5 text-left font-normal">
        {row.header}
      </th>
      {row.cells.map((value, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for the table's life
        <td key={i} className={cell}>
          {value}
        </td>
      ))}
    </tr>
  );
}

export function ChartTable({ data, visible }: { data: ChartTableData; visible: boolean }) {
  return (
    <div className={visible ? "max-h-96 overflow-auto rounded-lg border" : "sr-only"}>
      <table className="w-full border-collapse text-[13px]">
        <caption className="sr-only">{data.caption}</caption>
        <thead className="sticky top-0 bg-surface-2">
          <tr>
            {data.columns.map((column, i) => (
              <th
                key={column}
                scope="col"
                className={cn(
                  "whitespace-nowrap px-3 py-2 text-xs font-medium text-muted",
                  i === 0 ? "text-left" : "text-right",
                )}
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <Row key={row.key} row={row} />
          ))}
        </tbody>
        {data.footer ? (
          <tfoot>
            <Row row={data.footer} total />
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
