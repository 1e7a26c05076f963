"use client";
// "Export CSV": streams GET /api/orders/export for the current filters (every page, up to the server's
// limit), shows the rows received so far with a Cancel button, and saves the file when the stream ends.
import { Download, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

const count = new Intl.NumberFormat();

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The server answered ${response.status}.`;
}

export function ExportButton({ search }: { search: string }) {
  const [rows, setRows] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setRows(0);
    // The stream reader is only needed once someone exports.
    const { CsvRowCounter, fileNameFrom, saveFile } = await import("./csv-download");
    const counter = new CsvRowCounter();
    try {
      const response = await fetch(`/api/orders/export${search ? `?${search}` : ""}`, {
        signal: abort.signal,
        credentials: "same-origin",
        headers: { Accept: "text/csv" },
      });
      if (!response.ok || !response.body) throw new Error(await errorMessage(response));
      const limit = Number(response.headers.get("X-Export-Limit")) || null;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        counter.push(decoder.decode(value, { stream: true }));
        setRows(counter.rows);
      }
      saveFile(
        new Blob(chunks, { type: "text/csv;charset=utf-8" }),
        fileNameFrom(response.headers.get("Content-Disposition"), "orders.csv"),
      );
      const capped = limit !== null && counter.rows >= limit;
      toast.success(`Exported ${count.format(counter.rows)} orders`, {
        description: capped
          ? `The export stops at ${count.format(limit)} orders; narrow the filters for the rest.`
          : undefined,
      });
    } catch (error) {
      if (abort.signal.aborted) toast("Export cancelled");
      else
        toast.error(
          counter.rows > 0
            ? `The export stopped after ${count.format(counter.rows)} orders`
            : "Could not export the orders",
          {
            description: error instanceof Error ? error.message : undefined,
          },
        );
    } finally {
      controller.current = null;
      setRows(null);
    }
  };

  if (rows === null)
    return (
      <Button variant="secondary" onClick={() => void run()}>
        <Download aria-hidden />
        Export CSV
      </Button>
    );
  return (
    <div className="flex items-center gap-2">
      <p role="status" className="text-[13px] text-muted tabular-nums">
        Exporting… {count.format(rows)} rows
      </p>
      <Button variant="secondary" onClick={() => controller.current?.abort()}>
        <X aria-hidden />
        Cancel export
      </Button>
    </div>
  );
}
