// Server errors for the operator's log. A failed query's error (drizzle's DrizzleQueryError) carries the query's
// values in its message, its stack and `params` — customers' names, e-mails and phones, token hashes — and
// console.error would print them all. The log gets the query, the reason and where it happened; never the values.

const PARAMS = /\nparams: [\s\S]*?(?=\n\s+at |$)/;

/** The error and its causes, stacks included, with any query's parameters left out. */
export function loggable(error: unknown): string {
  const parts: string[] = [];
  let current = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 6; depth++) {
    if (!(current instanceof Error)) {
      parts.push(String(current));
      break;
    }
    const text = current.stack ?? `${current.name}: ${current.message}`;
    parts.push((depth > 0 ? "Caused by: " : "") + text.replace(PARAMS, "\nparams: (not logged)"));
    current = current.cause;
  }
  return parts.join("\n");
}

export function logError(context: string, error: unknown): void {
  console.error(`${context}: ${loggable(error)}`);
}
