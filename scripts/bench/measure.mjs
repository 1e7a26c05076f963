// Timing helpers: run a request N times and summarize.
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function timeRequests(count, call) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), times };
}

/** Interleaves two calls so a busy machine affects both alike; returns both summaries. */
export async function timePaired(count, first, second) {
  const a = [];
  const b = [];
  for (let i = 0; i < count; i++) {
    let started = performance.now();
    await first();
    a.push(performance.now() - started);
    started = performance.now();
    await second();
    b.push(performance.now() - started);
  }
  const sum = (times) => {
    times.sort((x, y) => x - y);
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  };
  return [sum(a), sum(b)];
}
