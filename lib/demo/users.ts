// Demo mode's users, one per role. Their passwords are public on purpose (the login page shows them):
// demo mode is for trying Orderdeck against the sandbox, never for real shops.
import type { Role } from "../domain/user";

export const DEMO_USERS: readonly { email: string; name: string; role: Role; password: string }[] = [
  { email: "admin@demo.orderdeck.dev", name: "Ana Admin", role: "admin", password: "demo-admin-pass" },
  { email: "manager@demo.orderdeck.dev", name: "Mihai Manager", role: "manager", password: "demo-manager-pass" },
  {
    email: "fulfillment@demo.orderdeck.dev",
    name: "Fatma Fulfillment",
    role: "fulfillment",
    password: "demo-fulfil-pass",
  },
];
