// The requests each platform answered, and the writes it took, from the sandbox's own request log (GET /_sandbox/requests). The log keeps only
// its last 5,000 entries, so it is read every few seconds from where the last reading stopped.
import { setTimeout as sleep } from "node:timers/promises";

/** Sign-ins are POSTs too, but change no order. */
const SIGN_IN = /login|token|auth/i;

export class SandboxWrites {
  /** platform → writes answered 2xx */
  accepted = new Map();
  /** platform → writes answered otherwise (a fault, a refusal) */
  refused = new Map();
  /** platform → every request, reads included; and those it answered 429, or 5xx */
  requests = new Map();
  limited = new Map();
  failed = new Map();
  /** Entries that left the log before they were read (then the comparison cannot be trusted). */
  missed = 0;
  #seq = 0;
  #running = false;
  #loop = null;

  constructor(sandboxUrl) {
    this.sandboxUrl = sandboxUrl;
  }

  start() {
    this.#running = true;
    this.#loop = (async () => {
      while (this.#running) {
        await this.read().catch(() => {});
        await sleep(2000);
      }
    })();
  }

  async stop() {
    this.#running = false;
    await this.#loop;
    await this.read();
  }

  async read() {
    const { requests } = await (await fetch(`${this.sandboxUrl}/_sandbox/requests?since=${this.#seq}`)).json();
    for (const entry of requests) {
      if (entry.seq > this.#seq + 1) this.missed += entry.seq - this.#seq - 1;
      this.#seq = entry.seq;
      bump(this.requests, entry.platform);
      if (entry.status === 429) bump(this.limited, entry.platform);
      if (entry.status >= 500) bump(this.failed, entry.platform);
      if (entry.method === "GET" || SIGN_IN.test(entry.path)) continue;
      const ok = typeof entry.status === "number" && entry.status >= 200 && entry.status < 300;
      bump(ok ? this.accepted : this.refused, entry.platform);
    }
  }
}

function bump(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1);
}
