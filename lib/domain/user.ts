// Roles and what each may do: the single source for the API's checks and the UI's menus.
export const ROLES = ["admin", "manager", "fulfillment"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  manager: "Store manager",
  fulfillment: "Fulfillment",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Everything, including platform credentials and users",
  manager: "Reads every order and exports; no order actions",
  fulfillment: "Reads orders and moves them along (status, invoices, tracking)",
};

export type Permission =
  | "orders:read"
  | "orders:export"
  | "orders:act"
  | "connections:read"
  | "connections:manage"
  | "users:manage"
  | "audit:read";

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    "orders:read",
    "orders:export",
    "orders:act",
    "connections:read",
    "connections:manage",
    "users:manage",
    "audit:read",
  ],
  manager: ["orders:read", "orders:export", "connections:read"],
  fulfillment: ["orders:read", "orders:act", "connections:read"],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}

/** The signed-in user as the app sees it (never includes a password hash or token). */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** GET /api/me: the caller, and whether they came with a session cookie or a personal API token. */
export interface SignedInCaller {
  user: CurrentUser;
  via: "session" | "token";
}

/** A user as the users API returns it (dates are ISO strings). */
export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  /** An admin reset their password: they choose a new one at their next sign-in. */
  mustChangePassword: boolean;
  lastSignInAt: string | null;
  createdAt: string;
}

/** The answer to an admin's password reset: the temporary password when Orderdeck made it up (shown this once). */
export interface PasswordReset {
  user: UserSummary;
  temporaryPassword: string | null;
}

/** The answer to changing one's own password: how many other sessions it signed out. */
export interface PasswordChanged {
  endedSessions: number;
}

/** A personal API token as the tokens API returns it: never the token itself, only its first characters. */
export interface ApiTokenSummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** Every token expires (at most 365 days after it was made). */
  expiresAt: string;
  revokedAt: string | null;
}

/** The answer to creating a token: its value, shown this once, and the summary the list shows from then on. */
export interface CreatedApiToken {
  token: string;
  summary: ApiTokenSummary;
}
