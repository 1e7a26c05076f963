// Preloaded into the server by the soak (NODE_OPTIONS=--require), not part of the app: the app has no endpoint
// for its event-loop delay, and a probe's latency from outside mixes in the network and the database. Every
// few seconds each Node process writes the delay its own loop saw to SOAK_LOOP_DELAY_DIR/<pid>.jsonl, and the
// histogram starts afresh, so each line covers one window. With it the JavaScript heap in use, so that a growing
// RSS can be told apart: objects kept alive (the heap grows too) or native memory (it does not).
const dir = process.env.SOAK_LOOP_DELAY_DIR;
if (dir) {
  const { appendFileSync } = require("node:fs");
  const path = require("node:path");
  const { monitorEventLoopDelay } = require("node:perf_hooks");
  const RESOLUTION_MS = 10;
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  const file = path.join(dir, `${process.pid}.jsonl`);
  // The histogram measures the time between its timer's ticks: the delay is what exceeds the resolution.
  const ms = (ns) => Math.max(0, Math.round(ns / 1e4) / 100 - RESOLUTION_MS);
  setInterval(() => {
    if (histogram.count === 0) return;
    const window = {
      at: Date.now(),
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
      heapMb: Math.round(process.memoryUsage().heapUsed / 1048576),
    };
    histogram.reset();
    try {
      appendFileSync(file, `${JSON.stringify(window)}\n`);
    } catch {
      // The soak removed its directory while this process was still stopping.
    }
  }, 5000).unref();
}
