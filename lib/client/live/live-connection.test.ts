// The tab's live stream without a browser: a fake EventSource and document stand in for the real ones.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LiveEvent } from "@/lib/domain/live-events";
import { HIDDEN_CLOSE_MS, LiveConnection } from "./live-connection";

class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static all: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readonly handlers = new Map<string, (event: Event) => void>();
  constructor(readonly url: string) {
    FakeEventSource.all.push(this);
  }
  addEventListener(type: string, handler: (event: Event) => void) {
    this.handlers.set(type, handler);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  send(type: string, data: string, lastEventId = "") {
    this.handlers.get(type)?.(new MessageEvent(type, { data, lastEventId }));
  }
  fail(readyState: number) {
    this.readyState = readyState;
    this.onerror?.();
  }
}

const doc = {
  visibilityState: "visible" as DocumentVisibilityState,
  listeners: new Set<() => void>(),
  addEventListener: (_: string, listener: () => void) => doc.listeners.add(listener),
  removeEventListener: (_: string, listener: () => void) => doc.listeners.delete(listener),
};
const setVisibility = (state: DocumentVisibilityState) => {
  doc.visibilityState = state;
  for (const listener of doc.listeners) listener();
};
const latest = () => FakeEventSource.all.at(-1)!;

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.all = [];
  doc.visibilityState = "visible";
  doc.listeners.clear();
  vi.stubGlobal("EventSource", FakeEventSource);
  vi.stubGlobal("document", doc);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function start() {
  const connection = new LiveConnection();
  const events: LiveEvent[] = [];
  connection.subscribe((event) => events.push(event));
  connection.start();
  const refetches = () => events.filter((event) => event.type === "refetch").length;
  return { connection, refetches, events };
}

describe("LiveConnection", () => {
  it("hands on each event with its message's type, and skips what is not JSON", () => {
    const { connection, events } = start();
    expect(latest().url).toBe("/api/events");
    latest().open();
    expect(connection.getStatus()).toBe("open");
    latest().send("sync", JSON.stringify({ at: "2026-12-04T10:00:00.000Z", connectionId: "c1" }));
    latest().send("refetch", "not json");
    latest().send("orders", JSON.stringify({ type: "sync", connectionId: "c2", added: [], changed: [] }));
    expect(events.map((e) => e.type)).toEqual(["sync", "orders"]);
  });

  it("lets the browser reconnect by itself, and retries itself once the browser gave up, then re-reads", () => {
    const { connection, refetches } = start();
    latest().open();
    latest().fail(FakeEventSource.CONNECTING);
    expect(connection.getStatus()).toBe("lost");
    latest().open(); // the browser's own reconnect resumes with Last-Event-ID: nothing to re-read
    expect(refetches()).toBe(0);
    expect(FakeEventSource.all).toHaveLength(1);

    latest().fail(FakeEventSource.CLOSED);
    vi.advanceTimersByTime(1_999);
    expect(FakeEventSource.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.all).toHaveLength(2);
    latest().open();
    expect(refetches()).toBe(1);
    expect(connection.getStatus()).toBe("open");
  });

  it("closes a stream hidden for long, and opens a new one (re-reading) when shown again", () => {
    const { connection, refetches } = start();
    latest().open();
    setVisibility("hidden");
    vi.advanceTimersByTime(HIDDEN_CLOSE_MS - 1);
    expect(latest().readyState).toBe(FakeEventSource.OPEN);
    vi.advanceTimersByTime(1);
    expect(latest().readyState).toBe(FakeEventSource.CLOSED);
    expect(connection.getStatus()).toBe("paused");
    setVisibility("visible");
    expect(FakeEventSource.all).toHaveLength(2);
    expect(latest().url).toBe("/api/events");
    latest().open();
    expect(refetches()).toBe(1);
  });

  it("resumes a new stream after the last event heard, and then the server says what was missed", () => {
    const { refetches } = start();
    latest().open();
    latest().send("sync", JSON.stringify({ connectionId: "c1" }), "41");
    setVisibility("hidden");
    vi.advanceTimersByTime(HIDDEN_CLOSE_MS);
    setVisibility("visible");
    expect(latest().url).toBe("/api/events?lastEventId=41");
    latest().open();
    expect(refetches()).toBe(0);
  });

  it("keeps the notifying tab's stream open while hidden", () => {
    const { connection } = start();
    latest().open();
    connection.setKeepOpen(true);
    setVisibility("hidden");
    vi.advanceTimersByTime(HIDDEN_CLOSE_MS * 3);
    expect(latest().readyState).toBe(FakeEventSource.OPEN);
    connection.setKeepOpen(false);
    vi.advanceTimersByTime(HIDDEN_CLOSE_MS);
    expect(connection.getStatus()).toBe("paused");
  });

  it("stops for good", () => {
    const { connection } = start();
    connection.stop();
    expect(latest().readyState).toBe(FakeEventSource.CLOSED);
    expect(doc.listeners.size).toBe(0);
  });
});
