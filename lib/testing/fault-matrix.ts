// Pieces of the fault matrix (lib/orders/fault-matrix.test.ts): what a user is shown for a failure (the API's own
// answer to it), the words a message must never hold, base URLs that fail to connect in each way, and the matrix
// printed as a table.
import { createServer } from "node:net";
import { errorResponse } from "../api/errors";

/** A failure as the API answers it: the HTTP status, the error code and message, the Retry-After it passes on. */
export interface Shown {
  status: number;
  code: string;
  message: string;
  retryAfter: string | null;
}

export async function shownFor(error: unknown): Promise<Shown> {
  const response = errorResponse(error);
  const { error: body } = (await response.json()) as { error: { code: string; message: string } };
  return {
    status: response.status,
    code: body.code,
    message: body.message,
    retryAfter: response.headers.get("retry-after"),
  };
}

const NEVER_SHOWN: [RegExp, string][] = [
  [/\bundefined\b/, '"undefined"'],
  [/\[object \w+\]/, '"[object …]"'],
  [/\bNaN\b/, '"NaN"'],
  [/^\s*at .+:\d+:\d+\)?$/m, "a stack trace"],
  [/\b(TypeError|SyntaxError|RangeError|ReferenceError|ZodError|AbortError)\b/, "a JavaScript error's name"],
  [/<\/?(html|head|body|title|h1|center|p|!doctype)\b/i, "HTML"],
  [/[\w./-]+\.(c|cc|js|mjs|ts):\d+/, "a source file's line"],
  [/\b[0-9A-F]{12,}:error:/, "an OpenSSL error code"],
];

/** Why a message shown to a user is not words a user can read (empty when it is). */
export function unreadableParts(message: string): string[] {
  if (message.trim() === "") return ["an empty message"];
  return NEVER_SHOWN.filter(([pattern]) => pattern.test(message)).map(([, what]) => `${what} in "${message}"`);
}

/** A port nothing listens on: one the system just gave out and took back. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Ways a base URL cannot be reached, for a path under the host: nothing listening, a TLS handshake with a plain
 * HTTP server (`plainHttpPort`), and a host name that never resolves (.invalid is reserved for that, RFC 6761).
 */
export async function unreachableBaseUrls(plainHttpPort: number, path: string) {
  return {
    refused: `http://127.0.0.1:${await closedPort()}/${path}`,
    tls: `https://127.0.0.1:${plainHttpPort}/${path}`,
    dns: `http://orderdeck-fault-matrix.invalid/${path}`,
  };
}

/** One cell: what the user was told, and what was wrong (nothing, when it passed). */
export interface MatrixCell {
  told: string;
  problems: string[];
}

/**
 * The matrix's cells as they are run, and its report: a table with ✓ or ✗ per cell (· for a cell that did not
 * run), the problems of each failed cell beneath it, and with `verbose` what the user was told in every cell.
 */
export function matrixReport(rows: readonly string[], columns: readonly string[]) {
  const cells = new Map<string, MatrixCell>();
  const at = (row: string, column: string) => `${row}\u0000${column}`;
  return {
    record(row: string, column: string, cell: MatrixCell): void {
      cells.set(at(row, column), cell);
    },
    print(verbose: boolean): string {
      const firstWidth = Math.max(...rows.map((row) => row.length));
      const line = (first: string, marks: string[]) =>
        `${first.padEnd(firstWidth)} │ ${marks.map((mark, i) => mark.padEnd(columns[i]!.length)).join(" │ ")}`;
      const mark = (cell: MatrixCell | undefined) =>
        cell === undefined ? "·" : cell.problems.length === 0 ? "✓" : "✗";
      const header = line("", [...columns]);
      const table = rows.map((row) =>
        line(
          row,
          columns.map((column) => mark(cells.get(at(row, column)))),
        ),
      );
      const notes = rows.flatMap((row) =>
        columns.flatMap((column) => {
          const cell = cells.get(at(row, column));
          if (!cell) return [];
          const told = verbose ? [`  ${row} × ${column}: ${cell.told || "(done)"}`] : [];
          return [...cell.problems.map((problem) => `  ${row} × ${column}: ✗ ${problem}`), ...told];
        }),
      );
      return [header, "─".repeat(header.length), ...table, ...notes].join("\n");
    },
  };
}
