// The soak's database: the embedded one in the server's fresh DATA_DIR, or a fresh PostgreSQL database created
// for the run on the server `serverUrl` names (and dropped at the end). Both say their size, and at the end
// which tables it went to (live and dead rows: the sync rewrites index rows, and only PostgreSQL vacuums).
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { directoryMb } from "./monitor.mjs";

export const DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/test";

const LARGEST_TABLES = `
  select c.relname as name, pg_total_relation_size(c.oid) as bytes, s.n_live_tup as live, s.n_dead_tup as dead
  from pg_class c left join pg_stat_user_tables s on s.relid = c.oid
  where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace
  order by bytes desc limit 6`;

const mb = (bytes) => Math.round((Number(bytes) / 1048576) * 10) / 10;
// PGlite keeps no row statistics across its restart: then only the sizes are shown.
const tableLines = (rows) =>
  rows.map(
    (row) =>
      `${row.name} ${mb(row.bytes)} MB${row.live || row.dead ? ` (${row.live} live, ${row.dead} dead rows)` : ""}`,
  );

/** A new database on the PostgreSQL server of `serverUrl`: its url, its size in MB, its largest tables, drop(). */
export async function freshPostgres(serverUrl) {
  const name = `orderdeck_soak_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    label: `PostgreSQL (database ${name})`,
    url: url.toString(),
    async sizeMb() {
      const { rows } = await admin.query("select pg_database_size($1) as bytes", [name]);
      return mb(rows[0].bytes);
    },
    async largestTables() {
      const own = new pg.Client({ connectionString: url.toString() });
      await own.connect();
      try {
        return tableLines((await own.query(LARGEST_TABLES)).rows);
      } finally {
        await own.end();
      }
    },
    async drop() {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** The embedded database: the size of the server's DATA_DIR; its tables are read once the server has stopped. */
export function embedded(dataDir) {
  const pgdata = path.join(dataDir, "pgdata");
  return {
    label: `PGlite (in ${dataDir})`,
    sizeMb: async () => directoryMb(dataDir),
    async largestTables() {
      const [{ PGlite }, { pg_trgm }, { unaccent }] = await Promise.all([
        import("@electric-sql/pglite"),
        import("@electric-sql/pglite/contrib/pg_trgm"),
        import("@electric-sql/pglite/contrib/unaccent"),
      ]);
      const db = new PGlite(pgdata, { extensions: { pg_trgm, unaccent } });
      try {
        const wal = existsSync(path.join(pgdata, "pg_wal"))
          ? [`write-ahead log ${directoryMb(path.join(pgdata, "pg_wal"))} MB`]
          : [];
        return [...tableLines((await db.query(LARGEST_TABLES)).rows), ...wal];
      } finally {
        await db.close();
      }
    },
    drop: async () => {},
  };
}
