// PostgreSQL's side of the hub: ONE dedicated connection per process doing LISTEN on the events channel (a
// pooled connection cannot: LISTEN belongs to its session). When it drops (a server restart, a failover, an idle
// timeout somewhere between) it is opened again with a growing delay, and the hub is woken on every
// (re)connection, since whatever was published meanwhile was notified to nobody.
import "server-only";
import pg from "pg";
import { logError } from "../db/log-error";
import { LIVE_CHANNEL } from "./message";

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

export interface EventListener {
  /** Settles after the first connection attempt, whether or not it succeeded (later ones retry by themselves). */
  started: Promise<void>;
  /** Whether the LISTEN connection is up now. */
  connected(): boolean;
  stop(): Promise<void>;
}

export function listenForEvents(url: string, wake: () => void): EventListener {
  let client: pg.Client | null = null;
  let stopping = false;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: NodeJS.Timeout | undefined;

  async function connect(): Promise<void> {
    const current = new pg.Client({ connectionString: url, keepAlive: true, connectionTimeoutMillis: 5000 });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (client === current) client = null;
      current.end().catch(() => undefined);
      if (stopping) return;
      if (error) logError(`events: the LISTEN connection dropped (retrying in ${retryMs} ms)`, error);
      retryTimer = setTimeout(() => void connect(), retryMs);
      retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
    };
    current.on("error", onLost);
    current.on("end", () => onLost());
    current.on("notification", (message) => {
      if (message.channel === LIVE_CHANNEL) wake();
    });
    try {
      await current.connect();
      await current.query(`listen ${LIVE_CHANNEL}`);
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (stopping) {
      await current.end().catch(() => undefined);
      return;
    }
    client = current;
    retryMs = FIRST_RETRY_MS;
    wake();
  }

  return {
    started: connect(),
    connected: () => client !== null,
    async stop() {
      stopping = true;
      clearTimeout(retryTimer);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
