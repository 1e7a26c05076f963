// Why the server could not start, in one line: drizzle wraps a failed migration as "Failed query: …" and
// keeps the real reason (a missing directory, a refused connection, a bad password) in `cause`.
export function startupFailureReason(error: unknown): string {
  const reasons: string[] = [];
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const message = current instanceof Error ? current.message : String(current);
    const line = message.split("\n")[0]?.trim();
    if (line && !reasons.includes(line)) reasons.push(line);
    current = current instanceof Error ? current.cause : undefined;
  }
  // The innermost reason is the real one; the query that failed on it comes after, for context.
  return reasons.reverse().join(" — while: ") || "unknown error";
}
