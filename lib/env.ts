// Every environment variable Orderdeck reads, parsed once with zod. A bad value stops the process
// with one line naming the variable. AUTH_SECRET and ENCRYPTION_KEY, when unset, are generated once
// and kept in DATA_DIR/secrets.json so restarts keep sessions and stored credentials readable.
import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseKeyring } from "./crypto/keyring";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => value === "1" || value === "true" || value === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "must start with postgres:// or postgresql://" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  AUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  /** "keyId:<32 bytes in base64>", several comma-separated for rotation (the first is the primary). */
  ENCRYPTION_KEY: z
    .string()
    .superRefine((value, ctx) => {
      try {
        parseKeyring(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message.replace(/^ENCRYPTION_KEY:? ?/, "") });
      }
    })
    .optional(),
  ADMIN_EMAIL: z
    .email()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  ADMIN_PASSWORD: z.string().min(12, { error: "must be at least 12 characters" }).optional(),
  DEMO: flag,
  NEXTAUTH_URL: z.url().optional(),
  UPSTREAM_ALLOW_PRIVATE: flag,
  /** The order index's sync worker in this instance (lib/sync); "0" leaves the syncing to other instances. */
  SYNC: z
    .enum(["1", "0", "true", "false", "yes", "no", ""])
    .optional()
    .transform((value) => value === undefined || value === "" || value === "1" || value === "true" || value === "yes"),
  /** How often each connection's changes are read (a connection's own syncIntervalSeconds wins). */
  SYNC_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(15),
  /** How often a full reading finds changes and deletions the incremental syncs cannot see. */
  SYNC_RECONCILE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(360),
  /** Where demo mode's connections point: the sandbox `npm run dev` starts beside the app. */
  SANDBOX_URL: z.url().default("http://127.0.0.1:4010"),
  /** How many proxies in front of Orderdeck append to X-Forwarded-For (lib/auth/client-ip.ts): 0 means the
   *  socket's own peer is the client and X-Forwarded-For is ignored. */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** How far the JS heap may grow past its live size before a full collection (lib/heap.ts); 0: V8's own. */
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(400).default(50),
  /** A browser session's absolute lifetime: after it, sign in again however active the session was. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /** A browser session ends after this long without a request (activity is recorded at most once a minute). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
});

/** https, or http on the loopback address (a local production run: the e2e, the bench), where no one can listen in. */
function servedSecurely(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === "https:" || /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(hostname);
}

/** The checks that read two variables together. */
const checkedSchema = schema.superRefine((env, ctx) => {
  if (env.NODE_ENV === "production" && env.NEXTAUTH_URL && !servedSecurely(env.NEXTAUTH_URL)) {
    ctx.addIssue({
      code: "custom",
      path: ["NEXTAUTH_URL"],
      message:
        "must start with https:// in production (session cookies are Secure only over https); " +
        "plain http is allowed only on this machine's loopback address, e.g. http://127.0.0.1:3000",
    });
  }
});

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string; ENCRYPTION_KEY: string };

interface StoredSecrets {
  authSecret: string;
  encryptionKey: string;
}

/** Reads DATA_DIR/secrets.json, creating it (mode 0600) with fresh random values the first time. */
function loadOrCreateSecrets(dataDir: string): StoredSecrets {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as StoredSecrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets: StoredSecrets = {
    authSecret: randomBytes(32).toString("base64url"),
    encryptionKey: `k1:${randomBytes(32).toString("base64")}`,
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = checkedSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variable ${lines.join("; ")}`);
  }
  const env = result.data;
  const needsStored = !env.AUTH_SECRET || !env.ENCRYPTION_KEY;
  const stored = needsStored ? loadOrCreateSecrets(env.DATA_DIR) : undefined;
  return {
    ...env,
    AUTH_SECRET: env.AUTH_SECRET ?? stored!.authSecret,
    ENCRYPTION_KEY: env.ENCRYPTION_KEY ?? stored!.encryptionKey,
  };
}

const globalForEnv = globalThis as unknown as { orderdeckEnv?: Env };

/** The parsed environment (parsed on first use, then cached for the life of the process). */
export function env(): Env {
  globalForEnv.orderdeckEnv ??= parseEnv(process.env);
  return globalForEnv.orderdeckEnv;
}

/** For tests: forget the cached environment so a changed process.env is read again. */
export function resetEnvForTests(): void {
  globalForEnv.orderdeckEnv = undefined;
}
