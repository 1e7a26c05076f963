// The tables Orderdeck keeps. Platforms stay the source of truth for orders: nothing here is an order.
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { ActionInput } from "../domain/action";
import type { Locale } from "../domain/locale";
import type { PlatformId } from "../domain/platform";
import type { Role } from "../domain/user";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Stored lower-cased; unique. */
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role").$type<Role>().notNull(),
  passwordHash: text("password_hash").notNull(),
  active: boolean("active").notNull().default(true),
  /** Bumped when the user is deactivated or their role changes: sessions carrying an older version end. */
  sessionVersion: integer("session_version").notNull().default(1),
  /** Set by an admin's password reset: until the user chooses a new password, every page leads to the
   *  change-password screen and every API route but that one answers 403 password_change_required. */
  mustChangePassword: boolean("must_change_password").notNull().default(false),
  lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  /** The interface language the user chose on their profile; null follows the browser's Accept-Language. */
  locale: text("locale").$type<Locale>(),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** SHA-256 of the token: tokens are 256-bit random, so a fast hash is enough and lookups stay O(1). */
    tokenHash: text("token_hash").notNull().unique(),
    /** The first characters of the token, shown so a user can tell their tokens apart. */
    prefix: text("prefix").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    /** Every token expires (lib/auth/api-tokens.ts), at most MAX_TOKEN_DAYS (lib/domain/inputs.ts) after creation. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (table) => [index("api_tokens_user_idx").on(table.userId)],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** Null for anonymous events (e.g. a failed sign-in for an unknown email). */
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** Kept as written so the log still reads well if the user is renamed or removed. */
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    outcome: text("outcome").$type<"success" | "failure" | "denied">().notNull(),
    ip: text("ip"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (table) => [
    index("audit_events_at_idx").on(table.at.desc(), table.id.desc()),
    index("audit_events_actor_idx").on(table.actorId, table.at.desc()),
    index("audit_events_action_idx").on(table.action, table.at.desc()),
    index("audit_events_target_idx").on(table.targetType, table.targetId),
  ],
);

/** Failed and successful sign-ins, for the throttle (kept in the database so every app instance agrees). */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    /** The known device (lib/auth/device-cookie.ts) the attempt came from; null from anywhere else. */
    device: text("device"),
    succeeded: boolean("succeeded").notNull(),
  },
  (table) => [
    index("sign_in_attempts_email_idx").on(table.email, table.at),
    index("sign_in_attempts_ip_idx").on(table.ip, table.at),
    index("sign_in_attempts_device_idx").on(table.device, table.at),
  ],
);

/** A signed-in browser session. The session cookie (a JWT) names its row, and every request checks the row:
 *  signing out ends it at once, and its idle and absolute limits (SESSION_IDLE_MINUTES, SESSION_MAX_HOURS)
 *  are measured from last_seen_at and created_at, so changing a limit applies to open sessions too. */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    /** Renewed at most once a minute by the requests the session makes. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    ip: text("ip"),
  },
  (table) => [index("sessions_user_idx").on(table.userId), index("sessions_last_seen_idx").on(table.lastSeenAt)],
);

/** A shop on one platform: where its API is and the credentials to call it (encrypted, see lib/crypto). */
export const connections = pgTable("connections", {
  id: uuid("id").primaryKey(),
  name: text("name").notNull().unique(),
  platform: text("platform").$type<PlatformId>().notNull(),
  baseUrl: text("base_url").notNull(),
  /** AES-256-GCM of the credentials JSON, with the key id; the row id is the associated data. */
  credentialsSealed: text("credentials_sealed").notNull(),
  options: jsonb("options").$type<Record<string, string | number | boolean>>().notNull().default(sql`'{}'::jsonb`),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  lastCheckAt: timestamp("last_check_at", { withTimezone: true }),
  lastCheckOk: boolean("last_check_ok"),
  lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
  lastError: text("last_error"),
  lastLatencyMs: integer("last_latency_ms"),
});

/** Idempotency-Key → result of an order action, kept 24 hours: a retried or double-submitted action calls
 *  the platform once and answers the same; the same key with another body is refused. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    state: text("state").$type<"pending" | "done">().notNull(),
    responseStatus: integer("response_status"),
    responseBody: jsonb("response_body").$type<unknown>(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.key] }),
    index("idempotency_keys_created_idx").on(table.createdAt),
  ],
);

/** A bulk action over many orders: first a dry run (which orders it applies to, which it skips and why),
 *  then the run, with each order's outcome stored so closing the tab loses nothing. */
export const bulkJobs = pgTable("bulk_jobs", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  /** The one action for every order; null for an intent, whose action is resolved per order (items.action). */
  action: jsonb("action").$type<ActionInput>(),
  label: text("label").notNull(),
  state: text("state").$type<"ready" | "running" | "finished">().notNull().default("ready"),
  createdAt: createdAt(),
  startedAt: timestamp("started_at", { withTimezone: true }),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  /** Where the run was asked for (its actions are audited with it, also when another instance finishes it). */
  startedIp: text("started_ip"),
  /** The instance running it, renewed while it runs: a job whose lease ran out is finished by another. */
  leaseOwner: text("lease_owner"),
  leaseUntil: timestamp("lease_until", { withTimezone: true }),
});

export const bulkJobItems = pgTable(
  "bulk_job_items",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => bulkJobs.id, { onDelete: "cascade" }),
    connectionId: uuid("connection_id").notNull(),
    orderId: text("order_id").notNull(),
    orderNumber: text("order_number"),
    /** What the run performs on this order, chosen by the dry run (null when skipped). */
    action: jsonb("action").$type<ActionInput>(),
    state: text("state").$type<"pending" | "skipped" | "running" | "done" | "failed">().notNull(),
    /** Why it was skipped, or the platform's message when it failed. */
    message: text("message"),
    attempts: integer("attempts").notNull().default(0),
    durationMs: integer("duration_ms"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("bulk_job_items_job_idx").on(table.jobId)],
);

/** A named order-list view: the URL's filters and the table's columns; an admin may share one with everyone. */
export const savedViews = pgTable(
  "saved_views",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The list's URL search string, e.g. "?stage=pending&connection=…". */
    query: text("query").notNull(),
    columns: jsonb("columns").$type<unknown>(),
    shared: boolean("shared").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("saved_views_user_idx").on(table.userId)],
);

/** Small per-user settings remembered on the server (e.g. the order table's columns and density). */
export const userPreferences = pgTable(
  "user_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    value: jsonb("value").$type<unknown>().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.key] })],
);

// The order index and each connection's sync state (lib/sync) live in their own file.
export { connectionSync, orderIndex, orderIndexCounts, orderIndexHours } from "./order-index-schema";

// The live updates' events (lib/events).
export { liveEvents } from "./live-events-schema";
