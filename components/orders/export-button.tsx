"use client";
// "Export CSV": streams GET /api/orders/export for the current filters (every page, up to the server's
// limit), shows the rows received so far with a Cancel button, and saves the file when the stream ends.
import { Download, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { toError } from "@/lib/client/api";
import { useErrorText } from "@/lib/client/use-error-text";

/** A refused export as the API client's error, which useErrorText() puts in the user's words by its code. */
const failure = async (response: Response) => toError(response.status, await response.json().catch(() => null));

export function ExportButton({ search }: { search: string }) {
  const t = useTranslations("export");
  const errorText = useErrorText();
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
      if (!response.ok || !response.body) throw await failure(response);
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
      toast.success(t("exported", { count: counter.rows }), {
        description: capped ? t("capped", { limit }) : undefined,
      });
    } catch (error) {
      if (abort.signal.aborted) toast(t("cancelled"));
      else
        toast.error(counter.rows > 0 ? t("stoppedAfter", { count: counter.rows }) : t("failed"), {
          description: error instanceof Error ? errorText(error) : undefined,
        });
    } finally {
      controller.current = null;
      setRows(null);
    }
  };

  if (rows === null)
    return (
      <Button variant="secondary" onClick={() => void run()}>
        <Download aria-hidden />
        {t("exportCsv")}
      </Button>
    );
  return (
    <div className="flex items-center gap-2">
      <p role="status" className="text-[13px] text-muted tabular-nums">
        {t("exporting", { count: rows })}
      </p>
      <Button variant="secondary" onClick={() => controller.current?.abort()}>
        <X aria-hidden />
        {t("cancel")}
      </Button>
    </div>
  );
}
