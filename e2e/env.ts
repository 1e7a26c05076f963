// The e2e server's settings, shared by playwright.config.ts and the specs.
const port = Number(process.env.E2E_PORT ?? 3210);
const baseUrl = `http://127.0.0.1:${port}`;
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4110);
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;

export const E2E = {
  port,
  baseUrl,
  sandboxPort,
  /** The sandbox the e2e connections point at (its control API is at /_sandbox). */
  sandboxUrl,
  admin: { email: "admin@e2e.test", password: "e2e-admin-password" },
  serverEnv: {
    NODE_ENV: "production",
    DATA_DIR: process.env.E2E_DATA_DIR ?? ".data-e2e",
    ADMIN_EMAIL: "admin@e2e.test",
    ADMIN_PASSWORD: "e2e-admin-password",
    DEMO: "0",
    NEXTAUTH_URL: baseUrl,
    AUTH_SECRET: "e2e-auth-secret-0123456789abcdef0123456789",
    UPSTREAM_ALLOW_PRIVATE: "1",
  },
  sandboxEnv: {
    SANDBOX_PORT: String(sandboxPort),
    SANDBOX_SEED: "7",
    SANDBOX_ORDERS: "120",
  },
} as const;
