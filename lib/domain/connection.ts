// Connections as the browser sees them: credentials only ever masked, never the values.
import { z } from "zod";
import { ISSUE } from "./issues";
import type { PlatformId } from "./platform";
import type { ConnectionSyncInfo } from "./order-list";

export interface ConnectionHealth {
  lastCheckAt: string | null;
  lastCheckOk: boolean | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastLatencyMs: number | null;
}

/** What every signed-in role may see of a connection. */
export interface ConnectionSummary {
  id: string;
  name: string;
  platform: PlatformId;
  health: ConnectionHealth;
  /** How the order index is keeping up with this shop (the connections list sends it). */
  sync?: ConnectionSyncInfo;
}

/** What an admin sees: also the base URL, options and masked credentials ("••••1a2b"). */
export interface ConnectionDetail extends ConnectionSummary {
  baseUrl: string;
  options: Record<string, string | number | boolean>;
  credentials: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

/** A connection in an answer: the admin's detail, or every other role's summary. */
export type ConnectionItem = ConnectionSummary | ConnectionDetail;

export interface ConnectionCheck {
  ok: boolean;
  latencyMs: number;
  /** The platform's own message when it failed. */
  message: string | null;
  checkedAt: string;
}

const optionValue = z.union([z.string().max(500), z.number(), z.boolean()]);

export const connectionInput = z.object({
  name: z.string().trim().min(1, { error: ISSUE.connectionNameRequired }).max(80),
  // Which platforms exist is the server's registry's to say: an unknown one is refused there (422).
  platform: z.string().trim().min(1, { error: ISSUE.platformRequired }).max(64),
  baseUrl: z.url({ error: ISSUE.baseUrlInvalid }).max(500),
  credentials: z.record(z.string(), z.string().max(2000)),
  options: z.record(z.string(), optionValue).default({}),
});
export type ConnectionInput = z.infer<typeof connectionInput>;

/** An edit: every field optional; a secret credential left empty keeps the stored value. */
export const connectionPatch = connectionInput.omit({ platform: true }).partial();
export type ConnectionPatch = z.infer<typeof connectionPatch>;

/**
 * Whether an edit of the base URL points the connection at another origin (scheme, host or port). Stored secrets
 * were entered for the old one and are never sent to the new one: such an edit must carry them typed again.
 * An unparsable URL moves nothing here; its own validation refuses it.
 */
export function movesOrigin(from: string, to: string): boolean {
  try {
    return new URL(from).origin !== new URL(to).origin;
  } catch {
    return false;
  }
}

/** Two base URLs as a person tells them apart: by host, or by whole origin where only the scheme or port differs. */
export function movedAddresses(from: string, to: string): [string, string] {
  const [was, is] = [new URL(from), new URL(to)];
  return was.host === is.host ? [was.origin, is.origin] : [was.host, is.host];
}

export function maskSecret(value: string): string {
  return value.length <= 4 ? "••••" : `••••${value.slice(-4)}`;
}

/** "Sync now" (POST /api/connections/:id/sync): `full` reads all of the connection's orders again. */
export const syncRequest = z.object({ full: z.boolean().optional() }).optional();
