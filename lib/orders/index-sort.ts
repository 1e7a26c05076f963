// The list's sorts over the order index, as keyset pages: each sort is a few key expressions, then the
// placed time, the connection and the order id, all in one direction, so "after the last row shown" is one
// row comparison and a page never repeats or skips an order however many there are.
import "server-only";
import { z } from "zod";
import { type SQL, sql } from "drizzle-orm";
import { orderIndex } from "../db/schema";
import { InvalidInputError } from "../domain/errors";
import { fieldIssue } from "../domain/issues";
import type { OrderListSort } from "../domain/query";

/** A key's SQL, and the type its cursor text is cast back to. */
interface Key {
  sql: SQL;
  cast: "text" | "numeric" | "timestamptz" | "int" | "uuid";
}

/** The keys before the placed time; each sort has an index that starts with them (migration 0005). */
function primaryKeys(field: string): Key[] {
  switch (field) {
    case "total":
      return [{ sql: sql`${orderIndex.total}`, cast: "numeric" }];
    case "customer":
      return [{ sql: sql`lower(coalesce(${orderIndex.customerName}, ${orderIndex.customerEmail}, ''))`, cast: "text" }];
    case "status":
      // The workflow's order of stages, then the platform's own label.
      return [
        { sql: sql`${orderIndex.stageRank}`, cast: "int" },
        { sql: sql`lower(${orderIndex.statusLabel})`, cast: "text" },
      ];
    case "connection":
      return [{ sql: sql`${orderIndex.connectionName}`, cast: "text" }];
    default:
      return [];
  }
}

export interface SortPlan {
  keys: Key[];
  descending: boolean;
}

export function sortPlan(sort: OrderListSort): SortPlan {
  const [field = "placed", direction] = sort.split("_");
  return {
    keys: [
      ...primaryKeys(field),
      { sql: sql`${orderIndex.placedAt}`, cast: "timestamptz" },
      { sql: sql`${orderIndex.connectionId}`, cast: "uuid" },
      { sql: sql`${orderIndex.orderId}`, cast: "text" },
    ],
    descending: direction === "desc",
  };
}

export function orderBy(plan: SortPlan): SQL {
  return sql.join(
    plan.keys.map((key) => (plan.descending ? sql`${key.sql} desc` : sql`${key.sql} asc`)),
    sql`, `,
  );
}

/** The SELECT list of the keys, so the last row of a page gives the next cursor. */
export function keyColumns(plan: SortPlan): SQL {
  return sql`array[${sql.join(
    plan.keys.map((key) => sql`${key.sql}::text`),
    sql`, `,
  )}]`;
}

/** Rows after the cursor's row in the plan's order. */
export function after(plan: SortPlan, values: readonly string[]): SQL {
  const left = sql.join(
    plan.keys.map((key) => key.sql),
    sql`, `,
  );
  const right = sql.join(
    plan.keys.map((key, index) => sql`${values[index]}::${sql.raw(key.cast)}`),
    sql`, `,
  );
  return plan.descending ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`;
}

const cursorSchema = z.object({ v: z.literal(2), sort: z.string(), keys: z.array(z.string()) });

export function encodeIndexCursor(sort: OrderListSort, keys: readonly string[]): string {
  return Buffer.from(JSON.stringify({ v: 2, sort, keys }), "utf8").toString("base64url");
}

/** The keys of the row a cursor points after; a cursor of another sort or shape is refused like any bad input. */
export function decodeIndexCursor(cursor: string, sort: OrderListSort, plan: SortPlan): string[] {
  const parsed = (() => {
    try {
      return cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    } catch {
      return null;
    }
  })();
  if (!parsed?.success || parsed.data.sort !== sort || parsed.data.keys.length !== plan.keys.length) {
    throw InvalidInputError.of([fieldIssue("query.cursor", "cursorInvalid")]);
  }
  return parsed.data.keys;
}
