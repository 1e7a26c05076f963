// `npm run reencrypt`: seals every stored connection credential again under the first key of ENCRYPTION_KEY.
// Rotation: put a new key first (ENCRYPTION_KEY=k2:<new>,k1:<old>) and restart, run this, then drop the old key.
// With the embedded database (no DATABASE_URL) stop the server first: PGlite opens DATA_DIR in one process only.
import { openDatabase } from "../lib/db/client";
import { env } from "../lib/env";
import { reencryptConnections } from "../lib/orders/connection-reencrypt";

const { DATABASE_URL, DATA_DIR } = env();
const handle = await openDatabase({ url: DATABASE_URL, dataDir: DATA_DIR });
try {
  const report = await reencryptConnections(handle.db);
  console.log(
    `reencrypt: ${report.resealed} connection(s) sealed again under key "${report.primaryId}", ` +
      `${report.current} already were`,
  );
  for (const failure of report.failed) {
    console.error(`reencrypt: connection "${failure.name}" (${failure.id}) left as it was: ${failure.reason}`);
  }
  if (report.failed.length > 0) {
    console.error("reencrypt: keep the old keys in ENCRYPTION_KEY until every connection is sealed under the first");
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
