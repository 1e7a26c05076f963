// A Server-Timing header with one entry per connection (its upstream time) and the total, so the browser's
// devtools and the benchmark can see where a list request's time went.
import "server-only";

export function serverTiming(timings: { connectionId: string; name: string; durationMs: number }[], totalMs: number): string {
  const entries = timings.map(
    ({ connectionId, name, durationMs }) =>
      `conn-${connectionId.slice(0, 8)};desc="${name.replace(/["\\]/g, "")}";dur=${durationMs.toFixed(1)}`,
  );
  entries.push(`total;dur=${totalMs.toFixed(1)}`);
  return entries.join(", ");
}
