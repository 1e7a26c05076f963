// Server start: open and migrate the database and create the first admin, so a broken DATABASE_URL
// fails the start with one clear line instead of the first request.
import { getDb } from "./db";

try {
  await getDb();
} catch (error) {
  const target = process.env.DATABASE_URL ? "DATABASE_URL" : `the embedded database in DATA_DIR (${process.env.DATA_DIR || ".data"})`;
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  console.error(`Orderdeck cannot start: ${target} cannot be reached or migrated: ${reason}`);
  process.exit(1);
}
