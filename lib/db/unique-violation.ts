// PostgreSQL says which constraint a write broke by its SQLSTATE code, on the server and in PGlite alike;
// drizzle wraps the driver's error (DrizzleQueryError), so the code sits on the error or one of its causes.
const UNIQUE_VIOLATION = "23505";

/** True when the write failed because a unique constraint or index already holds that value. */
export function isUniqueViolation(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Object && depth < 5; depth++) {
    if ("code" in cause && cause.code === UNIQUE_VIOLATION) return true;
    cause = "cause" in cause ? cause.cause : undefined;
  }
  return false;
}
