// A Server-Timing header with one entry per connection (its upstream time) and the total, so the browser's
// devtools and the benchmark can see where a list request's time went.
import "server-only";

/** Header values must be Latin-1: "Chișinău" becomes "Chisinau", anything else non-ASCII is dropped. */
function headerSafe(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "");
}

export function serverTiming(
  timings: { connectionId: string; name: string; durationMs: number }[],
  totalMs: number,
): string {
  const entries = timings.map(
    ({ connectionId, name, durationMs }) =>
      `conn-${connectionId.slice(0, 8)};desc="${headerSafe(name)}";dur=${durationMs.toFixed(1)}`,
  );
  entries.push(`total;dur=${totalMs.toFixed(1)}`);
  return entries.join(", ");
}
