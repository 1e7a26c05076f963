// Reading the export as it streams: counting CSV records (a newline inside a quoted cell is not a record),
// and handing the finished file to the browser as a download.

/** Counts records across chunks; the header line is not a row. */
export class CsvRowCounter {
  private inQuotes = false;
  private lines = 0;

  push(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34)
        this.inQuotes = !this.inQuotes; // '"' (an escaped "" flips twice)
      else if (c === 10 && !this.inQuotes) this.lines++; // '\n'
    }
  }

  get rows(): number {
    return Math.max(0, this.lines - 1);
  }
}

/** `attachment; filename="orders-2026-11-24.csv"` → "orders-2026-11-24.csv". */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1] ?? fallback;
}

export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
