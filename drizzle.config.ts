import { defineConfig } from "drizzle-kit";

// Migrations are generated into drizzle/ (`npm run db:generate`), committed, and applied at start.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema.ts",
  out: "./drizzle",
});
