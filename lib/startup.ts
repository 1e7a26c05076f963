// Server start: check the environment, open and migrate the database and create the first admin, so a bad
// variable, a broken DATABASE_URL or DATA_DIR fails the start with one clear line naming its real cause instead
// of failing the first request; then start this instance's sync worker, which keeps the order index in step
// with the platforms.
import { getDb } from "./db";
import { env } from "./env";
import { limitHeapGrowth } from "./heap";
import { startupFailureReason } from "./startup-error";
import { startSyncWorker } from "./sync/worker";

// The environment first: a bad variable (an unnamed ENCRYPTION_KEY, an http NEXTAUTH_URL in production) is named
// as itself, not as a database that cannot be opened.
try {
  limitHeapGrowth(env().HEAP_GROWING_PERCENT);
} catch (error) {
  console.error(`Orderdeck cannot start: ${startupFailureReason(error)}`);
  process.exit(1);
}

try {
  startSyncWorker(await getDb());
} catch (error) {
  const target = process.env.DATABASE_URL
    ? "DATABASE_URL"
    : `the embedded database in DATA_DIR (${process.env.DATA_DIR || ".data"})`;
  console.error(`Orderdeck cannot start: ${target} cannot be reached or migrated: ${startupFailureReason(error)}`);
  process.exit(1);
}
