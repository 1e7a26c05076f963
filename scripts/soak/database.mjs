// The soak's database: the embedded one in the server's fresh DATA_DIR, or a fresh PostgreSQL database created
// for the run on the server `serverUrl` names (and dropped at the end).
import pg from "pg";
import { directoryMb } from "./monitor.mjs";

export const DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/test";

/** A new database on the PostgreSQL server of `serverUrl`: its url, its size in MB, and drop(). */
export async function freshPostgres(serverUrl) {
  const name = `orderdeck_soak_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    label: `PostgreSQL (database ${name})`,
    url: url.toString(),
    async sizeMb() {
      const { rows } = await admin.query("select pg_database_size($1) as bytes", [name]);
      return Math.round((Number(rows[0].bytes) / 1048576) * 10) / 10;
    },
    async drop() {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** The embedded database: the size of the server's DATA_DIR. */
export function embedded(dataDir) {
  return { label: `PGlite (in ${dataDir})`, sizeMb: async () => directoryMb(dataDir), drop: async () => {} };
}
