// The JSON shapes of the account APIs as the browser receives them (dates are ISO strings).
import type { Role } from "@/lib/domain/user";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastSignInAt: string | null;
  createdAt: string;
}

export interface ApiTokenSummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}
