// The server's health while the soak runs, sampled at the start, every minute and at the end: resident memory,
// event-loop delay (from inside, by the loop-delay.cjs preload), the latency of a trivial request (from outside:
// an unknown /api route answers 404 without touching the database), and the database's size.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { percentile } from "../bench/measure.mjs";
import { treeRssMb } from "../bench/rss.mjs";

export class Monitor {
  samples = [];
  #probes = [];
  #running = false;
  #probing = null;
  #since = Date.now();

  /** `databaseMb()`: the database's size now. */
  constructor({ appUrl, pid, loopDelayDir, databaseMb, requests }) {
    Object.assign(this, { appUrl, pid, loopDelayDir, databaseMb, requests });
  }

  /** A trivial request every second, all run long: its latency follows the server's event loop. */
  startProbe() {
    this.#running = true;
    this.#probing = (async () => {
      while (this.#running) {
        const started = performance.now();
        try {
          await (await fetch(`${this.appUrl}/api/soak-probe`, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
          this.#probes.push({ at: Date.now(), ms: performance.now() - started });
        } catch {
          this.#probes.push({ at: Date.now(), ms: Number.POSITIVE_INFINITY });
        }
        await sleep(1000);
      }
    })();
  }

  async stop() {
    this.#running = false;
    await this.#probing;
  }

  /** Takes a sample labelled `label`; its delays cover the time since the previous sample. */
  async sample(label) {
    const now = Date.now();
    const probes = this.#probes
      .filter((probe) => probe.at > this.#since)
      .map((probe) => probe.ms)
      .sort((a, b) => a - b);
    const loop = this.#loopDelay(this.#since);
    this.#since = now;
    const sample = {
      label,
      rssMb: treeRssMb(this.pid),
      heapMb: loop.heapMb,
      loopP50: loop.p50,
      loopP99: loop.p99,
      loopMax: loop.max,
      probeP50: percentile(probes, 50),
      probeP99: percentile(probes, 99),
      databaseMb: await this.databaseMb(),
      requests: this.requests(),
    };
    this.samples.push(sample);
    return sample;
  }

  /** The windows the server's processes wrote since `since`: the busiest process's (the one serving) delays. */
  #loopDelay(since) {
    let busiest = { p50: Number.NaN, p99: Number.NaN, max: Number.NaN, heapMb: Number.NaN };
    for (const file of safeList(this.loopDelayDir)) {
      const windows = readFileSync(path.join(this.loopDelayDir, file), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line))
        .filter((window) => window.at > since);
      if (windows.length === 0) continue;
      const p50s = windows.map((window) => window.p50).sort((a, b) => a - b);
      const mine = {
        p50: percentile(p50s, 50),
        p99: Math.max(...windows.map((window) => window.p99)),
        max: Math.max(...windows.map((window) => window.max)),
        heapMb: windows.at(-1).heapMb,
      };
      if (!(mine.p99 <= busiest.p99)) busiest = mine;
    }
    return busiest;
  }
}

function safeList(dir) {
  try {
    return readdirSync(dir).filter((file) => file.endsWith(".jsonl"));
  } catch {
    return [];
  }
}

/** MB on disk of a directory (the embedded database's DATA_DIR). */
export function directoryMb(dir) {
  const bytes = Number(execFileSync("du", ["-sb", dir], { encoding: "utf8" }).split("\t")[0]);
  return Math.round((bytes / 1048576) * 10) / 10;
}
