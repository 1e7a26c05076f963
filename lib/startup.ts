// Server start: open and migrate the database and create the first admin, so a broken DATABASE_URL or
// DATA_DIR fails the start with one clear line naming its real cause instead of failing the first request;
// then start this instance's sync worker, which keeps the order index in step with the platforms.
import { getDb } from "./db";
import { startupFailureReason } from "./startup-error";
import { startSyncWorker } from "./sync/worker";

try {
  startSyncWorker(await getDb());
} catch (error) {
  const target = process.env.DATABASE_URL ? "DATABASE_URL" : `the embedded database in DATA_DIR (${process.env.DATA_DIR || ".data"})`;
  console.error(`Orderdeck cannot start: ${target} cannot be reached or migrated: ${startupFailureReason(error)}`);
  process.exit(1);
}
