// The order export: the current filter as CSV from the order index, up to EXPORT_LIMIT orders. The stream pulls
// one page at a time as the client reads, so a slow download holds one page in memory, not the whole export.
// The header row is in `locale`: a translator made from the catalogue itself (not next-intl/server's
// getTranslations), so it needs no request around it — any caller, a route handler or a job, says which language.
import "server-only";
import { createTranslator } from "next-intl";
import type { Db } from "../db";
import { DEFAULT_LOCALE, type Locale } from "../domain/locale";
import type { OrderListQuery } from "../domain/query";
import { loadMessages } from "../i18n/messages";
import { listConnectionRows } from "./connection-rows";
import { csvHeader, csvRow } from "./csv";
import { listIndexedOrders } from "./index-list";

export const EXPORT_LIMIT = 10_000;
const PAGE_SIZE = 500;

export interface ExportOptions {
  signal?: AbortSignal;
  /** The language of the header row (English by default). */
  locale?: Locale;
}

/** Reads the first page before answering, so a bad filter or sort is still a proper error, not a broken file. */
export async function exportCsv(
  db: Db,
  query: OrderListQuery,
  { signal, locale = DEFAULT_LOCALE }: ExportOptions = {},
): Promise<ReadableStream<Uint8Array>> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "csvExport" });
  const header = csvHeader((column) => t(column));
  const names = new Map((await listConnectionRows(db)).map((row) => [row.id, row.name]));
  const read = (cursor?: string) => listIndexedOrders(db, { ...query, limit: PAGE_SIZE, cursor });
  let first: Awaited<ReturnType<typeof read>> | null = await read();
  let cursor: string | undefined;
  let written = 0;
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(header));
      },
      // A page that fails now errors the stream (the headers are gone), so the download is visibly incomplete.
      async pull(controller) {
        const page = first ?? (await read(cursor));
        first = null;
        const rows = page.orders.slice(0, EXPORT_LIMIT - written);
        written += rows.length;
        const text = rows.map((order) => csvRow(order, names.get(order.connectionId) ?? "")).join("");
        if (text) controller.enqueue(encoder.encode(text));
        cursor = page.nextCursor ?? undefined;
        if (!cursor || written >= EXPORT_LIMIT || signal?.aborted) controller.close();
      },
    },
    // At most one page of rows waits ahead of the reader.
    { highWaterMark: 1 },
  );
}
