// One database handle per process: PGlite in DATA_DIR by default (nothing to install), or a real
// PostgreSQL server when DATABASE_URL is set. The same drizzle schema and migrations serve both.
import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");
const PGLITE_SHARED_BUFFERS = process.env.PGLITE_SHARED_BUFFERS ?? "16MB";

/** Opens (and migrates) a database. `target` is a postgres:// URL, a PGlite directory, or "memory://". */
export async function openDatabase(target: { url?: string; dataDir?: string }): Promise<DbHandle> {
  if (target.url) {
    const [{ Pool }, { drizzle }, { migrate }] = await Promise.all([
      import("pg"),
      import("drizzle-orm/node-postgres"),
      import("drizzle-orm/node-postgres/migrator"),
    ]);
    const pool = new Pool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5000 });
    // An idle client whose server connection ends (a restart, a failover) reports it here; without a listener
    // the 'error' event would end the process. The pool replaces the client on the next query.
    pool.on("error", (error) => console.error("database: an idle connection was closed by the server:", error.message));
    const db = drizzle(pool, { schema });
    // Several instances may start at once against one server: let one migrate at a time.
    const lock = await pool.connect();
    try {
      await lock.query("select pg_advisory_lock(7250301)");
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await lock.query("select pg_advisory_unlock(7250301)").catch(() => undefined);
      lock.release();
    }
    return { db: db as unknown as Db, kind: "postgres", close: () => pool.end() };
  }
  const [{ PGlite }, { drizzle }, { migrate }, { pg_trgm }, { unaccent }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("@electric-sql/pglite/contrib/unaccent"),
  ]);
  const dataDir = target.dataDir ?? ".data";
  // A fresh production start may set every secret, so nothing else has created DATA_DIR yet.
  if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  // The order index's search needs these two extensions (migration 0003 creates them). PGlite runs inside this
  // process: its default 128 MB of shared buffers would be most of the server's memory; the OS caches the files.
  const options = { extensions: { pg_trgm, unaccent }, postgresqlconf: [`shared_buffers = ${PGLITE_SHARED_BUFFERS}`] };
  const client = dataDir === "memory://" ? new PGlite(options) : new PGlite(path.join(dataDir, "pgdata"), options);
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
}
