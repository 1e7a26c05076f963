// The tab's one connection to GET /api/events (lib/domain/live-events.ts). EventSource reconnects by itself after
// a drop and sends Last-Event-ID, so nothing is missed; this adds what it does not do:
// - a stream the browser gave up on (an answer other than 200 closes it for good) is opened again later;
// - a tab hidden for HIDDEN_CLOSE_MS closes its stream, unless it is the tab that shows notifications (keepOpen).
//   An open stream holds an HTTP connection and a subscriber on the server; browsers allow six connections per
//   host over HTTP/1.1, so a few forgotten tabs would starve every page's requests.
// A new EventSource sends no Last-Event-ID: the stream opened again says where it stopped as `?lastEventId=`
// (the server replays what was missed, or sends `refetch`); without an event seen yet it hands listeners a
// `refetch` of its own, as the server would.
import { LIVE_EVENT_TYPES, type LiveEvent } from "@/lib/domain/live-events";

/** `lost`: the stream dropped and is being opened again; `paused`: closed on purpose (the tab is hidden). */
export type LiveStatus = "connecting" | "open" | "lost" | "paused";

export const HIDDEN_CLOSE_MS = 5 * 60_000;
const RETRY_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

export interface LiveConnectionOptions {
  url?: string;
  hiddenCloseMs?: number;
}

export class LiveConnection {
  private source: EventSource | null = null;
  private status: LiveStatus = "connecting";
  private readonly listeners = new Set<(event: LiveEvent) => void>();
  private readonly statusListeners = new Set<() => void>();
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  /** A stream was open before and closed: the next open one must re-read instead of resuming. */
  private resumeNeeded = false;
  private keepOpen = false;
  /** The id of the last event heard, for a new stream to resume from. */
  private lastEventId: string | null = null;

  constructor(private readonly options: LiveConnectionOptions = {}) {}

  start(): void {
    this.resumeNeeded = false;
    document.addEventListener("visibilitychange", this.onVisibility);
    this.open();
  }

  stop(): void {
    document.removeEventListener("visibilitychange", this.onVisibility);
    clearTimeout(this.retryTimer);
    clearTimeout(this.hiddenTimer);
    this.close();
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  getStatus = (): LiveStatus => this.status;

  /** The notifying tab keeps its stream while hidden: that is when a notification matters. */
  setKeepOpen(keep: boolean): void {
    this.keepOpen = keep;
    if (keep) clearTimeout(this.hiddenTimer);
    else this.onVisibility();
  }

  private open(): void {
    this.close();
    const url = this.options.url ?? "/api/events";
    const resumeFrom = this.resumeNeeded ? this.lastEventId : null;
    const source = new EventSource(resumeFrom ? `${url}?lastEventId=${encodeURIComponent(resumeFrom)}` : url);
    this.source = source;
    source.onopen = () => {
      this.retries = 0;
      this.setStatus("open");
      if (this.resumeNeeded) {
        this.resumeNeeded = false;
        // Events may have been missed and the server cannot say which: re-read what is shown.
        if (!resumeFrom) this.emit({ type: "refetch", at: new Date().toISOString() });
      }
    };
    source.onerror = () => {
      this.setStatus("lost");
      // CONNECTING: the browser is reconnecting with Last-Event-ID. CLOSED: it gave up; try again ourselves.
      if (source.readyState === EventSource.CLOSED) this.retryLater();
    };
    for (const type of LIVE_EVENT_TYPES) source.addEventListener(type, this.onMessage);
  }

  private close(): void {
    if (!this.source) return;
    this.source.close();
    this.source = null;
    this.resumeNeeded = true;
  }

  private retryLater(): void {
    this.close();
    clearTimeout(this.retryTimer);
    const delay = RETRY_MS[Math.min(this.retries, RETRY_MS.length - 1)] ?? 60_000;
    this.retries += 1;
    this.retryTimer = setTimeout(() => {
      if (document.visibilityState === "visible" || this.keepOpen) this.open();
    }, delay);
  }

  private readonly onMessage = (message: Event) => {
    if (!(message instanceof MessageEvent) || typeof message.data !== "string") return;
    if (message.lastEventId) this.lastEventId = message.lastEventId;
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      return; // not ours to guess at; the next event or a refetch will bring the page up to date
    }
    if (typeof data !== "object" || data === null) return;
    // The message's own event name is the type, whatever the payload says.
    this.emit({ ...data, type: message.type } as LiveEvent);
  };

  private emit(event: LiveEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private readonly onVisibility = () => {
    clearTimeout(this.hiddenTimer);
    if (document.visibilityState === "visible") {
      if (!this.source) {
        clearTimeout(this.retryTimer);
        this.setStatus("connecting");
        this.open();
      }
      return;
    }
    if (this.keepOpen) return;
    this.hiddenTimer = setTimeout(() => {
      if (this.keepOpen || document.visibilityState === "visible") return;
      this.close();
      clearTimeout(this.retryTimer);
      this.setStatus("paused");
    }, this.options.hiddenCloseMs ?? HIDDEN_CLOSE_MS);
  };

  private setStatus(status: LiveStatus): void {
    if (this.status === status) return;
    this.status = status;
    for (const listener of [...this.statusListeners]) listener();
  }
}
