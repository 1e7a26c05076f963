// Remembers the last requests each platform received, so tests can count upstream calls
// (e.g. "a double submit makes one call") without reaching into Orderdeck.
import type { PlatformSlug } from "./types";

export interface LoggedRequest {
  seq: number;
  at: string;
  platform: PlatformSlug;
  method: string;
  path: string;
  query: string;
  status: number | "hang";
}

const MAX_ENTRIES = 5000;

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;

  add(entry: Omit<LoggedRequest, "seq" | "at">): void {
    this.entries.push({ ...entry, seq: ++this.seq, at: new Date().toISOString() });
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  list(filter: { platform?: string | null; since?: number }): LoggedRequest[] {
    return this.entries.filter(
      (entry) => (!filter.platform || entry.platform === filter.platform) && entry.seq > (filter.since ?? 0),
    );
  }

  clear(): void {
    this.entries = [];
  }
}
